import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/casus-index/define.js';

interface CasusIndexArgs {
  'href-template': string;
  lang: string;
}

const meta: Meta<CasusIndexArgs> = {
  title: 'Elementen/casus-index',
  component: 'casus-index',
  args: { 'href-template': '', lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: (args) =>
    html`<casus-index href-template=${args['href-template'] || nothing} lang=${args.lang}></casus-index>`,
};
export default meta;

type Story = StoryObj<CasusIndexArgs>;

export const Overzicht: Story = { name: 'Alle zestien casussen' };
export const MetLinks: Story = { name: 'Links via href-template', args: { 'href-template': '#/casus/{id}' } };
