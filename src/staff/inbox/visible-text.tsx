// Text a person typed, shown to staff as text and never interpreted: Preact sets it as text (no
// innerHTML anywhere here), <bdi> keeps its direction from reordering the sentence around it,
// and the characters that would act instead of show (controls, bidi embeddings, overrides and
// isolates, separators, zero-width and tag characters) are drawn as their code points, so a
// forged name ("Amina" holding reversed text) reads for what it is. Marks and joiners that
// Arabic and Persian names need (U+200C–U+200F, U+061C) are left to act: they cannot escape the
// <bdi>.
import { Fragment } from 'preact';

// C0 and C1 controls and DEL, ZWSP, LS/PS, bidi embeddings/overrides (U+202A–E), isolates
// (U+2066–9), BOM, interlinear annotations, tag characters.
const ACTING = /([\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}])/u;

/** "U+202E" for a character. */
export const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text's pieces: plain runs, and the characters to draw as code points. A multi-line text
 *  (a message) keeps its line breaks and tabs as such. */
export function visiblePieces(text: string, multiline = false): { text: string; hidden: boolean }[] {
  const pieces: { text: string; hidden: boolean }[] = [];
  for (const part of text.split(ACTING)) {
    if (!part) continue;
    const hidden = ACTING.test(part) && !(multiline && (part === '\n' || part === '\t'));
    const last = pieces.at(-1);
    if (!hidden && last && !last.hidden) last.text += part;
    else pieces.push({ text: part, hidden });
  }
  return pieces;
}

/** `dir="ltr"` for a phone number or an address: digits and symbols alone take the sentence's
 *  direction, and "+34 611 22 33 44" would read "44 33 22 611 34+" in Arabic. */
export function VisibleText({ text, multiline = false, class: className, dir }: { text: string; multiline?: boolean; class?: string; dir?: 'ltr' }) {
  return (
    <bdi class={className} dir={dir}>
      {visiblePieces(text, multiline).map((piece, index) =>
        piece.hidden ? (
          <span key={index} class="hidden-char" dir="ltr">
            {codePoint(piece.text)}
          </span>
        ) : (
          <Fragment key={index}>{piece.text}</Fragment>
        ),
      )}
    </bdi>
  );
}
