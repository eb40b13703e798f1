import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/lemma-term/define.js';

const meta: Meta = {
  title: 'Elementen/lemma-term',
  component: 'lemma-term',
};
export default meta;

export const InLopendeTekst: StoryObj = {
  name: 'Begrippen in lopende tekst',
  render: () =>
    html`<article style="max-inline-size: 40rem; font-family: system-ui, sans-serif; line-height: 1.6">
      <h2>Een buurt die naar elkaar omkijkt</h2>
      <p>
        In de Lindenstraat groeten buren elkaar, maar verder blijft het bij
        <lemma-term term="beleefde onoplettendheid">beleefd langs elkaar heen leven</lemma-term>. Het wijkteam wil meer
        <lemma-term lemma="alledaagse-attentheid">alledaagse attentheid</lemma-term> en zoekt daarvoor plekken zoals een
        buurtkamer: wat Oldenburg <lemma-term term="third places">third places</lemma-term> noemt.
      </p>
      <p>
        Hulp die bewoners elkaar geven, werkt het best als het gaat om
        <lemma-term lemma="wederkerigheid">geven en nemen</lemma-term>, en als professionals
        <lemma-term lemma="presentie">aanwezig zijn</lemma-term> zonder het over te nemen.
      </p>
    </article>`,
};
