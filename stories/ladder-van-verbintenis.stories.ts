import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/ladder-van-verbintenis/define.js';

interface LadderArgs {
  mode: 'explore' | 'conversation' | 'group';
  'heading-level': number;
  lang: string;
}

/** A conversation about three streets, as a group might leave it after a meeting. */
const conversation = {
  format: 'nabij-ladder-state',
  version: 1,
  ladder: 'ladder-van-onderlinge-verbintenissen',
  selected: 'alledaagse-attentheid',
  places: [
    { name: 'Lindenstraat', now: 'anonimiteit', want: 'alledaagse-attentheid', note: 'Veel nieuwe bewoners.' },
    { name: 'Dorpsplein', now: 'publieke-familiariteit', want: 'alledaagse-attentheid' },
    { name: 'Kerkpad', now: 'sociale-spanningen', want: 'anonimiteit', note: 'Eerst de ruzie over parkeren.' },
  ],
  participants: [],
};

const group = {
  ...conversation,
  places: [],
  participants: [
    { now: 'anonimiteit', want: 'alledaagse-attentheid' },
    { now: 'anonimiteit', want: 'publieke-familiariteit' },
    { now: 'publieke-familiariteit', want: 'alledaagse-attentheid' },
    { now: 'sociale-spanningen', want: 'alledaagse-attentheid' },
    { name: 'Wijkwerker', now: 'anonimiteit', want: 'onderlinge-zorg' },
  ],
};

const meta: Meta<LadderArgs> = {
  title: 'Elementen/ladder-van-verbintenis',
  component: 'ladder-van-verbintenis',
  args: { mode: 'explore', 'heading-level': 2, lang: 'nl' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['explore', 'conversation', 'group'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args) =>
    html`<ladder-van-verbintenis
      mode=${args.mode}
      heading-level=${args['heading-level']}
      lang=${args.lang}
    ></ladder-van-verbintenis>`,
};
export default meta;

type Story = StoryObj<LadderArgs>;

export const Verkennen: Story = { name: 'Verkennen (plain)' };

/** Restores a prepared state once the ladder has loaded, the way a shared link or an opened file would. */
const withState = (state: object) => (args: LadderArgs) =>
  html`<ladder-van-verbintenis
    mode=${args.mode}
    heading-level=${args['heading-level']}
    lang=${args.lang}
    @nabij-load=${(event: Event) =>
      (event.target as HTMLElementTagNameMap['ladder-van-verbintenis']).restoreState(state)}
  ></ladder-van-verbintenis>`;

export const Gesprek: Story = {
  name: 'Gesprek over drie straten (conversation)',
  args: { mode: 'conversation' },
  render: withState(conversation),
};

export const Groep: Story = {
  name: 'Groep van vijf deelnemers (group)',
  args: { mode: 'group' },
  render: withState(group),
};

export const English: Story = { name: 'English interface', args: { mode: 'conversation', lang: 'en' } };
