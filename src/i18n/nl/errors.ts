/**
 * Dutch texts of the content error report. Both languages travel together in the error report's chunk (loaded
 * only when an element meets an error), and the content build uses them for its messages.
 */
export const messages = {
  title: 'Deze inhoud kan niet worden getoond',
  help: 'De rest van de pagina werkt gewoon. Meld dit aan de beheerder van deze pagina.',
  origin: 'Bron van de inhoud',
  property: 'eigenschap content',
  inline: 'JSON in de pagina',
  src: 'adres (src)',
  builtin: 'ingebouwde inhoud',
  'no-content': 'Geen inhoud opgegeven. Gebruik het attribuut lemma of src, of zet JSON in het element.',
  'not-found': 'Er is geen ingebouwde inhoud met de id “{id}”.',
  'invalid-json': 'De JSON kan niet worden gelezen: {detail}',
  'fetch-failed': 'Het adres gaf een fout: {detail}',
  'fetch-network': 'Het adres kon niet worden opgehaald.',
  timeout: 'Het adres gaf binnen {seconds} seconden geen antwoord.',
  'expected-received': '{expected} verwacht, {received} gevonden',
  more: 'en nog {count} andere fouten',
  'expected.slug': 'een id van kleine letters, cijfers en koppeltekens (bijvoorbeeld sociale-basis)',
  'expected.safe-url': 'een http(s)-, mailto- of relatief adres',
  'expected.lang': 'een taalcode zoals nl of en',
  'expected.non-empty': 'een niet-lege tekst',
  'expected.version': 'een versienummer zoals 1.0.0',
  'expected.at-least-one': 'minstens één item',
  'expected.required': 'dit verplichte veld ontbreekt',
  'expected.at-least-two': 'minstens twee items',
};

export type ErrorMessageKey = keyof typeof messages;
