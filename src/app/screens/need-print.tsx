// A need's whole set of cards to print for outreach (every "Food" card): its services in the
// need's order, then its rights cards, one A5 page each, each with its QR code. The screen
// shows the cards as they will print.
import { useRoute } from 'preact-iso';
import { rightsForNeed, servicesForNeed } from '../../data/directory';
import { isNeedId, type NeedId } from '../../shared/needs';
import { text } from '../../shared/localized';
import { useT } from '../../i18n/use-t';
import { Page } from '../components/page';
import { RightsPrintCard, ServicePrintCard } from '../components/print-card';
import { useLive } from '../use-live';
import { byNeedOrder } from './need';
import NotFound from './not-found';

export default function NeedPrint() {
  const { params } = useRoute();
  if (!isNeedId(params.id)) return <NotFound />;
  return <NeedCards need={params.id} />;
}

function NeedCards({ need }: { need: NeedId }) {
  const { t, lang } = useT();
  const services = useLive(() => servicesForNeed(need), [need]);
  const rights = useLive(() => rightsForNeed(need), [need]);
  const loaded = services !== undefined && rights !== undefined;
  const count = (services?.length ?? 0) + (rights?.length ?? 0);
  const byTitle = [...(rights ?? [])].sort((a, b) => String(text(a.texts, 'title', lang)).localeCompare(String(text(b.texts, 'title', lang)), lang));
  return (
    <Page title={t('print.setTitle', { need: t(`needs.${need}`) })}>
      {!loaded ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <p>{t('print.setIntro', { count })}</p>
          <p class="actions">
            <button type="button" class="button" onClick={() => window.print()} disabled={count === 0}>
              {t('print.setButton', { count })}
            </button>
            <a class="button secondary" href={`/need/${need}`}>
              {t('print.back', { need: t(`needs.${need}`) })}
            </a>
          </p>
          <div class="print-set">
            {byNeedOrder(services, need, lang).map((s) => (
              <ServicePrintCard key={s.id} service={s} />
            ))}
            {byTitle.map((r) => (
              <RightsPrintCard key={r.id} card={r} />
            ))}
          </div>
        </>
      )}
    </Page>
  );
}
