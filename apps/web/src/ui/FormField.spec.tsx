import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { FormField, TextAreaField, TextField } from './FormField';

describe('FormField', () => {
  it('labels its control, marked as optional by default', () => {
    render(<TextField label="Name" autoComplete="name" />);

    const field = screen.getByLabelText(/^Name/);
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveAttribute('autocomplete', 'name');
    expect(field).toHaveAccessibleName('Name (freiwillig)');
    expect(field).not.toBeRequired();
  });

  it('marks a required field in the label and on the control', () => {
    render(<TextAreaField label="Ihre Nachricht" required rows={6} />);

    const field = screen.getByLabelText(/Ihre Nachricht/);
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).toHaveAccessibleName('Ihre Nachricht (Pflichtfeld)');
    expect(field).toBeRequired();
    expect(field).toHaveAttribute('aria-required', 'true');
  });

  it('describes the control with its hint and is valid while there is no error', () => {
    render(<TextField label="E-Mail-Adresse" type="email" hint="Nur nötig, wenn Sie eine Antwort möchten." />);

    const field = screen.getByLabelText(/E-Mail-Adresse/);
    expect(field).toHaveAccessibleDescription('Nur nötig, wenn Sie eine Antwort möchten.');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('marks the control invalid and describes it with hint and error, in that order', () => {
    render(<TextField label="E-Mail-Adresse" hint="Nur nötig, wenn Sie eine Antwort möchten." error="Bitte geben Sie eine gültige E-Mail-Adresse ein." />);

    const field = screen.getByLabelText(/E-Mail-Adresse/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Nur nötig, wenn Sie eine Antwort möchten. Bitte geben Sie eine gültige E-Mail-Adresse ein.');
    expect(screen.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein.')).toBeVisible();
  });

  it('has no description at all without hint and error', () => {
    render(<TextField label="Name" />);

    expect(screen.getByLabelText(/^Name/)).not.toHaveAttribute('aria-describedby');
  });

  it('uses a given id so that other elements can link to the control', () => {
    render(<TextField id="contact-email" label="E-Mail-Adresse" error="Ungültig" />);

    const field = screen.getByLabelText(/E-Mail-Adresse/);
    expect(field).toHaveAttribute('id', 'contact-email');
    expect(field).toHaveAttribute('aria-describedby', 'contact-email-error');
  });

  it('gives every field its own ids', () => {
    render(
      <>
        <TextField label="Vorname" hint="Wie auf dem Ausweis" />
        <TextField label="Nachname" hint="Wie im Melderegister" />
      </>,
    );

    expect(screen.getByLabelText(/Vorname/)).toHaveAccessibleDescription('Wie auf dem Ausweis');
    expect(screen.getByLabelText(/Nachname/)).toHaveAccessibleDescription('Wie im Melderegister');
    expect(screen.getByLabelText(/Vorname/).id).not.toBe(screen.getByLabelText(/Nachname/).id);
  });

  it('passes a ref on to the control', () => {
    const ref = createRef<HTMLInputElement>();
    render(<TextField label="Name" ref={ref} />);

    expect(ref.current).toBe(screen.getByLabelText(/^Name/));
  });

  it('wires up any control through its render prop', () => {
    render(
      <FormField label="Region" hint="Regierungsbezirk" error="Bitte wählen Sie eine Region." required>
        {(control) => (
          <select {...control}>
            <option value="">–</option>
          </select>
        )}
      </FormField>,
    );

    const select = screen.getByRole('combobox', { name: 'Region (Pflichtfeld)' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Regierungsbezirk Bitte wählen Sie eine Region.');
  });
});
