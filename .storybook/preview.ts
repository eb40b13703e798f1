import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';

// Controls and the API tables come from the same manifest that ships in the package.
setCustomElementsManifest(customElements);

// Nabij speaks Dutch by default; the page language is what the elements fall back to.
document.documentElement.lang = 'nl';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { controls: { expanded: true } },
};
export default preview;
