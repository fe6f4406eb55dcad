/**
 * The look the cards K2 Lens puts into a page share (the recipe card, the basket card): a block of its own
 * under a closed shadow root, the same box, header, table, lists, footnote and close button, light and dark.
 * `cls` is the card's root class; each card adds its own rules after these.
 */
export function pageCardCss(cls: string): string {
  const c = `.${cls}`;
  return `
:host { all: initial !important; display: block !important; margin: 12px 0 !important; }
${c} { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; background: #f6faf7; color: #1d232a;
  border: 1px solid #b9d8c2; border-radius: 10px; padding: 10px 12px; max-width: 640px; position: relative; }
${c} header { font-size: 14px; margin-bottom: 6px; padding-right: 24px; }
${c} table { border-collapse: collapse; width: 100%; }
${c} th, ${c} td { text-align: left; padding: 2px 8px 2px 0; font-weight: normal; vertical-align: top; }
${c} ul { margin: 2px 0 6px; padding-left: 18px; }
${c} .sub { margin: 6px 0 0; font-weight: 600; }
${c} .disclaimer { font-size: 11px; margin: 6px 0 0; }
${c} .close { position: absolute; top: 6px; right: 8px; border: none; background: transparent; font-size: 16px; cursor: pointer; color: inherit; }
${c} .close:focus-visible { outline: 2px solid #1a73e8; }
@media (prefers-color-scheme: dark) { ${c} { background: #1c2a22; color: #e6ebf0; border-color: #2f6a43; } }
`;
}
