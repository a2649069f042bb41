import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useT } from '../i18n/i18n';
import { LinkIcon, TableIcon } from '../shell/icons';
import type { ControlProps } from './Field';
import styles from './RichTextEditor.module.css';

/**
 * Rich text (TipTap): bold, italic, headings, lists, links and tables, its HTML given to
 * `onChange`. The server sanitises whatever arrives to its safe subset; this only keeps the
 * merchant to the same few kinds of formatting.
 */
export function RichTextEditor({
  control,
  value,
  onChange,
  label,
  readOnly = false,
}: {
  control: ControlProps;
  value: string;
  onChange: (html: string) => void;
  /** The editor's accessible name (the Field's label). */
  label: string;
  /** Shown, not edited (a disabled fieldset around it disables only its toolbar). */
  readOnly?: boolean;
}) {
  const editor = useEditor({
    editable: !readOnly,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
      }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: value,
    editorProps: {
      attributes: {
        id: control.id,
        ...(control['aria-describedby'] ? { 'aria-describedby': control['aria-describedby'] } : {}),
        ...(control['aria-invalid'] ? { 'aria-invalid': 'true' } : {}),
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        class: styles.content ?? '',
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? '' : current.getHTML()),
  });

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  // A value set from outside (the saved product loaded, a reset) replaces the text.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  return (
    <div className={styles.editor}>
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

type Editor = NonNullable<ReturnType<typeof useEditor>>;

function Toolbar({ editor }: { editor: Editor }) {
  const t = useT();
  const [linking, setLinking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bullets: current.isActive('bulletList'),
      numbers: current.isActive('orderedList'),
      link: current.isActive('link'),
      table: current.isActive('table'),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <>
      <div className={styles.toolbar} role="toolbar" aria-label={t('ui.editor.toolbar')}>
        <Tool
          label={t('ui.editor.bold')}
          active={state.bold}
          onClick={() => chain().toggleBold().run()}
        >
          <b>B</b>
        </Tool>
        <Tool
          label={t('ui.editor.italic')}
          active={state.italic}
          onClick={() => chain().toggleItalic().run()}
        >
          <i>I</i>
        </Tool>
        <Tool
          label={t('ui.editor.heading2')}
          active={state.h2}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        >
          H2
        </Tool>
        <Tool
          label={t('ui.editor.heading3')}
          active={state.h3}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        >
          H3
        </Tool>
        <Tool
          label={t('ui.editor.bulletList')}
          active={state.bullets}
          onClick={() => chain().toggleBulletList().run()}
        >
          •≡
        </Tool>
        <Tool
          label={t('ui.editor.orderedList')}
          active={state.numbers}
          onClick={() => chain().toggleOrderedList().run()}
        >
          1≡
        </Tool>
        <Tool
          label={t('ui.editor.link')}
          active={state.link || linking}
          onClick={() => setLinking(!linking)}
        >
          <LinkIcon />
        </Tool>
        {state.table ? (
          <>
            <Tool label={t('ui.editor.addRow')} onClick={() => chain().addRowAfter().run()}>
              +≡
            </Tool>
            <Tool label={t('ui.editor.addColumn')} onClick={() => chain().addColumnAfter().run()}>
              +‖
            </Tool>
            <Tool label={t('ui.editor.deleteTable')} onClick={() => chain().deleteTable().run()}>
              ✕▦
            </Tool>
          </>
        ) : (
          <Tool
            label={t('ui.editor.table')}
            onClick={() => chain().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run()}
          >
            <TableIcon />
          </Tool>
        )}
      </div>
      {linking && (
        <LinkForm
          initial={String(editor.getAttributes('link').href ?? '')}
          onDone={(href) => {
            setLinking(false);
            if (href === null) return;
            if (href === '') chain().extendMarkRange('link').unsetLink().run();
            else chain().extendMarkRange('link').setLink({ href }).run();
          }}
        />
      )}
    </>
  );
}

function Tool({
  label,
  active,
  onClick,
  children,
}: {
  label: string;
  active?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={styles.tool}
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      // Keeps the selection in the text while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

/** The link's address, typed under the toolbar; empty removes the link. */
function LinkForm({ initial, onDone }: { initial: string; onDone: (href: string | null) => void }) {
  const t = useT();
  const [href, setHref] = useState(initial);
  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = href.trim();
    onDone(trimmed === '' || /^(https?:|mailto:)/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  };
  return (
    <div className={styles.linkForm}>
      <input
        className="field__input"
        type="url"
        aria-label={t('ui.editor.linkAddress')}
        placeholder="https://"
        value={href}
        // biome-ignore lint/a11y/noAutofocus: opened by the link button to type the address
        autoFocus
        onChange={(event) => setHref(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply(event);
          if (event.key === 'Escape') onDone(null);
        }}
      />
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => apply()}
      >
        {t('ui.editor.linkApply')}
      </button>
    </div>
  );
}
