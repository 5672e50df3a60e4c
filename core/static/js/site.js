// Vores Ishøj: small progressive enhancements. Every page works without this file.

// Videos from other hosts load only when the reader asks, so no third party is contacted before.
document.querySelectorAll("[data-embed]").forEach((figure) => {
    const button = figure.querySelector("[data-embed-load]");
    const player = figure.querySelector("template[data-embed-player]");
    if (!button || !player) return;
    button.hidden = false;
    button.addEventListener("click", () => {
        button.replaceWith(player.content.cloneNode(true));
    });
});
