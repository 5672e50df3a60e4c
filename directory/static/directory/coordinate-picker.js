// Wagtail editor: pick a place's coordinates on a small Leaflet map, or type them.
(() => {
    const ISHOJ = [55.615, 12.35];

    function start(element) {
        if (element.dataset.started || typeof L === "undefined") return;
        element.dataset.started = "true";
        const latitude = document.getElementById(element.dataset.latitudeInput);
        const longitude = document.getElementById(element.dataset.longitudeInput);
        const typed = () => [parseFloat(latitude.value), parseFloat(longitude.value)];
        const known = () => typed().every(Number.isFinite);
        const map = L.map(element).setView(known() ? typed() : ISHOJ, 15);
        L.tileLayer(element.dataset.tilesUrl, {
            attribution: element.dataset.tilesAttribution,
            maxZoom: 19,
        }).addTo(map);
        let marker = null;
        const write = (point) => {
            latitude.value = point.lat.toFixed(6);
            longitude.value = point.lng.toFixed(6);
            latitude.dispatchEvent(new Event("change", { bubbles: true }));
        };
        const pin = (point) => {
            if (!marker) {
                marker = L.marker(point, { draggable: true }).addTo(map);
                marker.on("dragend", () => write(marker.getLatLng()));
            }
            marker.setLatLng(point);
        };
        if (known()) pin(typed());
        map.on("click", (event) => {
            pin(event.latlng);
            write(event.latlng);
        });
        [latitude, longitude].forEach((input) =>
            input.addEventListener("input", () => known() && pin(typed())),
        );
    }

    const startAll = () => document.querySelectorAll("[data-coordinate-picker]").forEach(start);
    document.addEventListener("DOMContentLoaded", startAll);
    document.addEventListener("w-tabs:changed", () => setTimeout(startAll, 0));
    startAll();
})();
