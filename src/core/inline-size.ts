import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's inline size to a fraction (0–1) of its container through the CSSOM.
 * Lit's styleMap writes the `style` attribute on first render, which a Content-Security-Policy without
 * `'unsafe-inline'` for styles forbids; `element.style` changes made from script are allowed.
 */
class InlineSizeDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('inlineSizeFraction() goes on an element: <span ${…}>');
  }

  // The argument is read in update(); render() only declares it for the directive's type.
  render(_fraction: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [fraction]: [number]): unknown {
    (part.element as HTMLElement).style.inlineSize = `${Math.max(0, Math.min(1, fraction)) * 100}%`;
    return noChange;
  }
}

export const inlineSizeFraction = directive(InlineSizeDirective);
