import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/lemma-index/define.js';

interface LemmaIndexArgs {
  'href-template': string;
  lang: string;
}

const meta: Meta<LemmaIndexArgs> = {
  title: 'Elementen/lemma-index',
  component: 'lemma-index',
  args: { 'href-template': '', lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: (args) =>
    html`<lemma-index
      url-state="off"
      href-template=${args['href-template'] || nothing}
      lang=${args.lang}
    ></lemma-index>`,
};
export default meta;

type Story = StoryObj<LemmaIndexArgs>;

export const Lexicon: Story = { name: 'Het hele lexicon, A–Z en zoeken' };
export const WithLinks: Story = { name: 'Links via href-template', args: { 'href-template': '#/lexicon/{id}' } };
