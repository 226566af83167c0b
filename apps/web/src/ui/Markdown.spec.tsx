import { render, screen } from '@testing-library/react';
import { XSS_CORPUS } from '@praxisforum/markdown';
import { Markdown } from './Markdown';

const FORBIDDEN = 'script, iframe, object, embed, img, svg, math, style, form, input, link, meta, base, details';
const SAFE_HREF = /^(?:https?:|mailto:|\/(?![/\\])|#)/i;

describe('Markdown', () => {
  it('renders formatted text inside a .markdown container', () => {
    const { container } = render(<Markdown source={'# Ziele\n\nMehr **Teilhabe** vor Ort: [Projekt](https://example.org)'} className="practice-text" />);

    expect(container.firstElementChild).toHaveClass('markdown', 'practice-text');
    expect(screen.getByRole('heading', { level: 3, name: 'Ziele' })).toBeInTheDocument();
    expect(screen.getByText('Teilhabe').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'Projekt' })).toHaveAttribute('rel', 'nofollow noopener noreferrer');
  });

  it.each(XSS_CORPUS)('renders %j without active content', (payload) => {
    const { container } = render(<Markdown source={payload} />);

    expect(container.querySelectorAll(FORBIDDEN)).toHaveLength(0);
    for (const element of Array.from(container.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/i);
      expect(element).not.toHaveAttribute('style');
    }
    for (const link of Array.from(container.querySelectorAll('a[href]'))) {
      expect(link.getAttribute('href')).toMatch(SAFE_HREF);
    }
  });
});
