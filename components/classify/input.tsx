'use client';
import { useState, type ClipboardEvent, type DragEvent, type RefObject } from 'react';
import { BOX_LIMIT, formatSize, MAX_INPUT } from '@/lib/classify-page/limits';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';

type Props = {
  lang: Lang;
  boxRef: RefObject<HTMLTextAreaElement | null>;
  /** The box's text changed (typed, pasted, dropped text). */
  onText: (text: string) => void;
  onFile: (file: File) => void;
  /** A paste too large for the box (see BOX_LIMIT): judged as it is, the box left as it was. */
  onBigPaste: (text: string) => void;
  /** A paste that would pass the limit: refused, the box left as it was. */
  onTooLarge: (size: number) => void;
  /** A file (name) or a paste (null) too large for the box, judged instead of the box's text. */
  aside: { name: string | null; size: number } | null;
  onUseBox: () => void;
  /** After a verdict: the box shrinks to a few lines, with a button that opens it again. */
  compact?: boolean;
  onExpand?: () => void;
};

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * The paste box, the file chooser and the drop area. Text is only ever a textarea's value: nothing pasted
 * is parsed as markup. A paste is looked at before the browser inserts it: past the limit it is refused,
 * so the box keeps what was typed; past BOX_LIMIT it is judged without entering the box, because laying
 * out megabytes of text in a textarea freezes the browser for seconds, longer than classifying it.
 */
export function ClassifyInput({
  lang,
  boxRef,
  onText,
  onFile,
  onBigPaste,
  onTooLarge,
  aside,
  onUseBox,
  compact = false,
  onExpand,
}: Props) {
  const d = classifyText(lang).classify;
  const [dragging, setDragging] = useState(false);

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const box = e.currentTarget;
    const incoming = e.clipboardData.getData('text/plain');
    const after = box.value.length - (box.selectionEnd - box.selectionStart) + incoming.length;
    if (after > MAX_INPUT) {
      e.preventDefault();
      onTooLarge(after);
    } else if (incoming.length > BOX_LIMIT) {
      e.preventDefault();
      onBigPaste(incoming);
    }
  }

  function onDrop(e: DragEvent) {
    setDragging(false);
    const dropped = e.dataTransfer?.files?.[0];
    if (!dropped) return; // dropped text: the textarea inserts it and fires input
    e.preventDefault();
    onFile(dropped);
  }

  return (
    <div
      onDragEnter={(e) => hasFiles(e) && setDragging(true)}
      onDragOver={(e) => {
        // Accepting the drag is what lets a file be dropped here instead of opened by the browser.
        if (hasFiles(e)) e.preventDefault();
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      className={`rounded-lg border-2 border-dashed p-3 ${dragging ? 'border-blue-600 bg-blue-50 dark:bg-blue-950' : 'border-slate-300 dark:border-slate-700'}`}
    >
      <label htmlFor="classify-input" className="block font-semibold">
        {d.inputLabel}
      </label>
      <p id="classify-input-help" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {d.inputHelp} {d.privacy}
      </p>
      <textarea
        id="classify-input"
        ref={boxRef}
        aria-describedby="classify-input-help"
        rows={compact ? 3 : 14}
        data-compact={compact ? '' : undefined}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        placeholder={'HTTP/1.1 403 Forbidden\nX-Bkapi-Request-ID: …\n\n{"code": 1640301, …}'}
        onPaste={onPaste}
        onInput={(e) => onText(e.currentTarget.value)}
        className="mt-2 block w-full resize-y rounded border border-slate-400 bg-white p-2 font-mono text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        {compact && (
          <button
            type="button"
            data-edit-paste=""
            onClick={() => {
              onExpand?.();
              boxRef.current?.focus();
            }}
            className="rounded border border-slate-400 px-3 py-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {d.editPaste}
          </button>
        )}
        <label className="inline-flex cursor-pointer items-center gap-2 rounded border border-slate-400 px-3 py-1 focus-within:outline-2 focus-within:outline-blue-600 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          <span>{d.chooseFile}</span>
          <input
            type="file"
            accept=".har,.txt,.json,.log,.csv,application/json,text/plain,text/csv"
            className="sr-only"
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              if (chosen) onFile(chosen);
              e.currentTarget.value = ''; // choosing the same file again reads it again
            }}
          />
        </label>
        <span className="text-slate-600 dark:text-slate-400">
          {dragging ? d.dropHere : `.har .txt .json .log · ≤ ${formatSize(MAX_INPUT)}`}
        </span>
      </div>
      {aside && (
        <p
          data-classify-aside
          className="mt-2 flex flex-wrap items-center gap-2 rounded bg-slate-100 p-2 text-sm dark:bg-slate-900"
        >
          <span>
            {aside.name === null
              ? d.pasteInUse(formatSize(aside.size))
              : d.fileInUse(aside.name, formatSize(aside.size))}
          </span>
          <button
            type="button"
            onClick={onUseBox}
            className="rounded border border-slate-400 px-2 py-0.5 hover:bg-white focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800"
          >
            {d.useTyped}
          </button>
        </p>
      )}
    </div>
  );
}
