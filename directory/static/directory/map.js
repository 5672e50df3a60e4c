// The map page: draws the filtered places from places.geojson with Leaflet. The list below the
// map holds the same result, so the page is complete without this script.
(() => {
    const element = document.querySelector("[data-map]");
    if (!element || typeof L === "undefined") return;
    element.hidden = false;

    const map = L.map(element, { scrollWheelZoom: false }).setView([55.615, 12.35], 13);
    L.tileLayer(element.dataset.tilesUrl, {
        attribution: element.dataset.tilesAttribution,
        maxZoom: 19,
    }).addTo(map);
    // Markers that would overlap are grouped; no animation, for readers who get dizzy from it.
    const markers = L.markerClusterGroup({ showCoverageOnHover: false, animate: false });
    map.addLayer(markers);

    const link = (href, text) => {
        const anchor = document.createElement("a");
        anchor.href = href;
        anchor.textContent = text;
        return anchor;
    };

    const popup = (place) => {
        const box = document.createElement("div");
        const heading = document.createElement("h3");
        heading.append(link(place.url, place.name));
        const address = document.createElement("p");
        address.textContent = place.address;
        box.append(heading, address);
        if (place.organisations.length) {
            const label = document.createElement("p");
            label.textContent = element.dataset.labelOrganisations;
            const list = document.createElement("ul");
            place.organisations.forEach((organisation) => {
                const item = document.createElement("li");
                item.append(link(organisation.url, organisation.name));
                list.append(item);
            });
            box.append(label, list);
        }
        return box;
    };

    fetch(element.dataset.geojsonUrl, { headers: { Accept: "application/geo+json" } })
        .then((response) => response.json())
        .then((collection) => {
            const layer = L.geoJSON(collection, {
                pointToLayer: (feature, point) =>
                    L.marker(point, { alt: feature.properties.name, title: feature.properties.name }),
                onEachFeature: (feature, marker) => marker.bindPopup(popup(feature.properties)),
            });
            markers.addLayer(layer);
            if (collection.features.length) {
                map.fitBounds(layer.getBounds(), { maxZoom: 16, padding: [24, 24], animate: false });
            }
            element.dataset.markers = String(collection.features.length);
        });
})();
