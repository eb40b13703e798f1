import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/lemma-card/define.js';
import publisherLemma from '../test/fixtures/lemma-publisher.json';

interface LemmaCardArgs {
  lemma: string;
  variant: 'compact' | 'full';
  'heading-level': number;
  'href-template': string;
  lang: string;
}

const meta: Meta<LemmaCardArgs> = {
  title: 'Elementen/lemma-card',
  component: 'lemma-card',
  args: { lemma: 'sociale-basis', variant: 'compact', 'heading-level': 2, 'href-template': '', lang: 'nl' },
  argTypes: {
    lemma: { control: 'select', options: ['sociale-basis', 'wederkerigheid', 'alledaagse-attentheid'] },
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (args) =>
    html`<lemma-card
      lemma=${args.lemma}
      variant=${args.variant}
      heading-level=${args['heading-level']}
      href-template=${args['href-template'] || nothing}
      lang=${args.lang}
    ></lemma-card>`,
};
export default meta;

type Story = StoryObj<LemmaCardArgs>;

export const SocialeBasis: Story = { name: 'Sociale basis (compact)' };
export const Wederkerigheid: Story = {
  name: 'Wederkerigheid (volledig)',
  args: { lemma: 'wederkerigheid', variant: 'full' },
};
export const AlledaagseAttentheid: Story = {
  name: 'Alledaagse attentheid (volledig)',
  args: { lemma: 'alledaagse-attentheid', variant: 'full' },
};
export const English: Story = {
  name: 'English interface',
  args: { lemma: 'wederkerigheid', variant: 'full', lang: 'en' },
};
export const WithLinks: Story = {
  name: 'Links via href-template',
  args: { lemma: 'sociale-basis', variant: 'full', 'href-template': '#/lexicon/{id}' },
};

export const PublisherJson: Story = {
  name: 'Eigen JSON van een uitgever',
  render: () =>
    html`<lemma-card variant="full">
      <script type="application/json">
        ${JSON.stringify(publisherLemma)}
      </script>
      <p>Aanvulling van de uitgever: bespreek dit lemma in werkgroep 3.</p>
    </lemma-card>`,
};

export const InvalidContent: Story = {
  name: 'Foutmelding naast een werkende kaart',
  render: () =>
    html`<div style="display: grid; gap: 1rem">
      <lemma-card .content=${{ type: 'lemma', id: 'Geen Id', title: '', summary: 3 }}></lemma-card>
      <lemma-card lemma="wederkerigheid"></lemma-card>
    </div>`,
};
