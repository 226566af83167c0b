import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { renderWithProviders } from '../../../test/render';
import { DELETE_ATTACHMENT_MUTATION } from '../graphql/editor.graphql';
import { buildAttachment } from '../testing';
import { AttachmentsSection } from './AttachmentsSection';

/**
 * Files as the browser hands them over. jsdom's File is not a Blob of Node's FormData (which
 * jest-fixed-jsdom installs, like fetch), so the tests use Node's File, which browsers' equals.
 */
const file = (content: string, name: string, type: string) => new NodeFile([content], name, { type }) as unknown as File;

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('AttachmentsSection', () => {
  let fetchMock: jest.SpyInstance;

  beforeEach(() => {
    fetchMock = jest.spyOn(globalThis, 'fetch');
  });
  afterEach(() => fetchMock.mockRestore());

  it('uploads the chosen file with its alternative text, the CSRF header and the session cookie', async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValue(jsonResponse(201, { ...buildAttachment({ id: 'att-2', fileName: 'Bericht.pdf' }), __typename: undefined }));
    renderWithProviders(<AttachmentsSection practiceId="p-1" attachments={[]} canManage />);

    await user.upload(screen.getByLabelText('Datei (Pflichtfeld)'), file('%PDF-1.7', 'Bericht.pdf', 'application/pdf'));
    await user.click(screen.getByRole('button', { name: 'Hochladen' }));

    expect(await screen.findByText('„Bericht.pdf“ wurde hochgeladen.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/practices/p-1/attachments');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({ 'x-praxisforum-csrf': '1' });
    const body = init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('Bericht.pdf');
    expect(body.get('altText')).toBe('');
  });

  it('refuses an image without alternative text before uploading', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AttachmentsSection practiceId="p-1" attachments={[]} canManage />);

    await user.upload(screen.getByLabelText('Datei (Pflichtfeld)'), file('png', 'Plakat.png', 'image/png'));
    const altText = screen.getByRole('textbox', { name: /^Alternativtext/ });
    expect(altText).toHaveAccessibleName('Alternativtext (Pflichtfeld)');
    await user.click(screen.getByRole('button', { name: 'Hochladen' }));

    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus();
    expect(altText).toHaveAttribute('aria-invalid', 'true');
    expect(altText).toHaveAccessibleDescription(expect.stringContaining('Bitte beschreiben Sie das Bild in einem Alternativtext.'));
  });

  it('refuses files over 20 MB before uploading', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AttachmentsSection practiceId="p-1" attachments={[]} canManage />);
    const big = file('x', 'Film.pdf', 'application/pdf');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });

    await user.upload(screen.getByLabelText('Datei (Pflichtfeld)'), big);
    await user.click(screen.getByRole('button', { name: 'Hochladen' }));

    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Datei (Pflichtfeld)')).toHaveAccessibleDescription(expect.stringContaining('höchstens 20 MB'));
  });

  it('shows the server’s reason next to the file when it refuses the upload', async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        code: 'BAD_USER_INPUT',
        message: 'This file type is not accepted. Allowed: PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT, ODS (checked by content, not by name).',
        fields: { file: ['File type not accepted.'] },
      }),
    );
    renderWithProviders(<AttachmentsSection practiceId="p-1" attachments={[]} canManage />);

    await user.upload(screen.getByLabelText('Datei (Pflichtfeld)'), file('MZ', 'Tabelle.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
    await user.click(screen.getByRole('button', { name: 'Hochladen' }));

    const input = screen.getByLabelText('Datei (Pflichtfeld)');
    // The summary appears, then takes focus in an effect: wait for both.
    await waitFor(() => expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus());
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Die Datei wurde nicht angenommen: This file type is not accepted.'));
  });

  it('lists the files and deletes one after confirmation', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AttachmentsSection practiceId="p-1" attachments={[buildAttachment({ altText: 'Flyer des Sprachcafés' })]} canManage />, {
      mocks: [{ request: { query: DELETE_ATTACHMENT_MUTATION, variables: { id: 'att-1' } }, result: { data: { deleteAttachment: true } } }],
    });

    const item = screen.getByRole('link', { name: 'Flyer.pdf' }).closest('li')!;
    expect(item).toHaveTextContent('(PDF, 1,2 MB)');
    expect(item).toHaveTextContent('Alternativtext: Flyer des Sprachcafés');
    await user.click(within(item).getByRole('button', { name: 'Löschen: Flyer.pdf' }));
    const question = screen.getByRole('group', { name: '„Flyer.pdf“ löschen?' });
    expect(within(question).getByRole('heading', { name: '„Flyer.pdf“ löschen?' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Ja, Datei löschen' }));

    expect(await screen.findByText('„Flyer.pdf“ wurde gelöscht.')).toBeInTheDocument();
  });
});
