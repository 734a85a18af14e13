// The city's own name of a service or organisation beside its translation, as the public app
// shows it (src/app/components/own-name.tsx says why): it is the name on the door and on letters,
// the one the person and the service use. The server sends it only where it differs from the
// name shown. Isolated in its own language and direction, the brackets inside, so a right-to-left
// page keeps "(Oficina de Información sobre Vivienda)" whole.
import { CITY_LANGUAGE } from '../../shared/localized';

export function OwnName({ name }: { name: string | null | undefined }) {
  if (!name) return null;
  return (
    <>
      {' '}
      <bdi class="own-name-inline" dir="ltr">
        (<span lang={CITY_LANGUAGE}>{name}</span>)
      </bdi>
    </>
  );
}
