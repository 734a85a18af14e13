// Search's pure view, as the server renders it for a search made without JavaScript and the
// device for one made as the person types: given the words and the results, what a person reads
// and in which order (help in danger first), and the words they type going back to the screen.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SearchView, type SearchViewProps } from '../../src/app/views/search-view';
import { loadPageStrings, setupI18n } from '../../src/i18n/i18n';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';

const demo = await loadDemoDirectory();
const services = new Map(demo.services.map((s) => [s.id, s]));
const rights = new Map(demo.rights.map((r) => [r.id, r]));

beforeAll(() => setupI18n('en').then(loadPageStrings));
afterEach(cleanup);

function show(props: Partial<SearchViewProps>) {
  const onQuery = vi.fn();
  render(
    <LocationProvider>
      <SearchView query="" onQuery={onQuery} found={{ hits: [], meaning: { alternatives: [], needs: [], danger: false } }} services={services} rights={rights} {...props} />
    </LocationProvider>,
  );
  return onQuery;
}

describe('the search view', () => {
  it('for words about danger: the emergency number before the results, and why each result is listed', () => {
    show({
      query: 'he hits me',
      found: {
        hits: [
          { kind: 'service', id: 'violence-24h-line', score: 9, about: ['safety'] },
          { kind: 'rights', id: rights.keys().next().value!, score: 3 },
        ],
        meaning: { alternatives: [], needs: ['safety'], danger: true },
      },
    });
    const emergency = screen.getByRole('link', { name: 'Call 112' });
    const results = screen.getByRole('list', { name: '2 results' });
    expect(emergency.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: /^24-Hour Line Against Gender Violence/ })).toBeTruthy();
    expect(screen.getByText('Topic: Violence and safety')).toBeTruthy();
  });

  it('says when nothing is found, with the words, and offers no emergency number for ordinary words', () => {
    show({ query: 'zzz' });
    expect(screen.getByText(/zzz/, { selector: '.search-count' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Call 112' })).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('gives what the person types back to its screen, and nothing is listed before any words', () => {
    const onQuery = show({});
    expect(screen.getByRole('searchbox', { name: 'Search services and rights' })).toBe(document.activeElement);
    expect(document.querySelector('.search-count')!.textContent).toBe('');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'food' } });
    expect(onQuery).toHaveBeenCalledWith('food');
  });
});
