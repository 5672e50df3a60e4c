// The share block's copy button (templates/components/stories/share_links.html). Without this file the
// link stays in its read-only field, to select and copy by hand; the button shows only with it.
document.querySelectorAll("[data-copy-link]").forEach((block) => {
    const input = block.querySelector("[data-copy-link-input]");
    const button = block.querySelector("[data-copy-link-button]");
    const status = block.querySelector("[data-copy-link-status]");
    if (!input || !button || !status || block.dataset.copyLinkReady) return;
    block.dataset.copyLinkReady = "true";

    const copy = async () => {
        if (navigator.clipboard && window.isSecureContext) {
            try {
                await navigator.clipboard.writeText(input.value);
                return true;
            } catch {
                // Refused (permissions, an old browser): fall back to selecting the text.
            }
        }
        input.focus();
        input.select();
        try {
            return document.execCommand("copy");
        } catch {
            return false;
        }
    };

    button.hidden = false;
    button.addEventListener("click", async () => {
        const copied = await copy();
        // Emptied first, so that a second click is announced again by screen readers.
        status.textContent = "";
        window.setTimeout(() => {
            status.textContent = copied ? button.dataset.copied : button.dataset.notCopied;
        }, 100);
    });
});
