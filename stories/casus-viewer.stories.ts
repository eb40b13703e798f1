import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/casus-viewer/define.js';

interface CasusViewerArgs {
  casus: string;
  mode: 'read' | 'discussion';
  reveal: 'stepwise' | 'all';
  persist: string;
  lang: string;
}

const meta: Meta<CasusViewerArgs> = {
  title: 'Elementen/casus-viewer',
  component: 'casus-viewer',
  args: { casus: '1', mode: 'read', reveal: 'stepwise', persist: '', lang: 'nl' },
  argTypes: {
    casus: { control: 'select', options: Array.from({ length: 16 }, (_, i) => String(i + 1)) },
    mode: { control: 'inline-radio', options: ['read', 'discussion'] },
    reveal: { control: 'inline-radio', options: ['stepwise', 'all'] },
    persist: { control: 'inline-radio', options: ['', 'local'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args) =>
    html`<casus-viewer
      casus=${args.casus}
      mode=${args.mode}
      reveal=${args.reveal}
      persist=${args.persist}
      lang=${args.lang}
    ></casus-viewer>`,
};
export default meta;

type Story = StoryObj<CasusViewerArgs>;

export const Casus1: Story = { name: 'Casus 1, stap voor stap' };
export const Casus8: Story = { name: 'Casus 8, de lange casus', args: { casus: '8' } };
export const Antwoorden: Story = { name: 'Casus 6, vragen met voor- en nadelen', args: { casus: '6', reveal: 'all' } };
export const Bespreking: Story = { name: 'Bespreekmodus voor de beamer', args: { casus: '8', mode: 'discussion' } };
export const English: Story = { name: 'English interface', args: { casus: '5', reveal: 'all', lang: 'en' } };
