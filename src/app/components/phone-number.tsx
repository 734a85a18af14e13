// A phone number in a sentence ("Call {{number}}"): it moves to the next line whole, and only
// when it is wider than a whole line (200% text on a 320 px phone) does it break, between two of
// its groups ("+34 985 550" / "170"), never inside one. An inline block (it wraps as one piece in
// the sentence) whose groups are joined by no-break spaces, each followed by a break
// opportunity (<wbr>) used only inside the block. Left to right in every language, so the bidi
// algorithm cannot reverse its groups in an Arabic sentence.
// Each group is one text with its no-break space: two texts side by side would be one in the
// server's HTML, and the app taking that page over would have to replace them.
import { Fragment } from 'preact';

export function PhoneNumber({ number, isolated = false }: { number: string; isolated?: boolean }) {
  const groups = number.trim().split(/\s+/);
  const last = groups.length - 1;
  return (
    <bdi class="phone-number" dir="ltr">
      {groups.map((group, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {(isolated && index === 0 ? '\u2068' : '') + group + (index < last ? '\u00a0' : isolated ? '\u2069' : '')}
        </Fragment>
      ))}
    </bdi>
  );
}

const MARKER = '\u0000';

/** A translated sentence with a phone number in it: translated around a marker, then the number
 *  put in its place. The isolates i18next puts around a value in a right-to-left language
 *  (FSI…PDI) go inside the number's block: outside it, the last one would wrap onto a line of
 *  its own after a number that wrapped, and leave an empty line in the button. */
export function WithNumber({ sentence, number }: { sentence: (marker: string) => string; number: string }) {
  let [before, after = ''] = sentence(MARKER).split(MARKER);
  const isolated = before.endsWith('\u2068') && after.startsWith('\u2069');
  if (isolated) [before, after] = [before.slice(0, -1), after.slice(1)];
  return (
    <>
      {before || null}
      <PhoneNumber number={number} isolated={isolated} />
      {after || null}
    </>
  );
}
