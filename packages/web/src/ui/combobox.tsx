import { ChevronDown } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from './cn';
import { controlClass, Field } from './field';

export interface ComboboxOption {
  value: string;
  label: string;
  /** Extra text the filter matches (e.g. an English name under a translated label). */
  keywords?: string;
}

export interface ComboboxProps {
  label: ReactNode;
  options: readonly ComboboxOption[];
  value: string;
  onChange: (value: string) => void;
  /** Said in the list when the filter matches nothing. */
  noMatchesText: string;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
}

const normalise = (text: string) => text.toLowerCase().replace(/[_/]+/g, ' ');

/**
 * A select you can type into, for long lists: typing filters, arrow keys move, Enter picks,
 * Esc closes and restores the chosen value (the ARIA 1.2 combobox-with-listbox pattern).
 */
export function Combobox({ label, options, value, onChange, noMatchesText, hint, error, className }: ComboboxProps) {
  const listId = useId();
  const selected = options.find((option) => option.value === value);
  const [text, setText] = useState(selected?.label ?? value);
  const [isOpen, setOpen] = useState(false);
  const [isFiltering, setFiltering] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);

  useEffect(() => {
    if (!isOpen) setText(selected?.label ?? value);
  }, [isOpen, selected, value]);

  const matches = useMemo(() => {
    if (!isFiltering) return options;
    const words = normalise(text).split(/\s+/).filter(Boolean);
    return options.filter((option) => {
      const haystack = normalise(`${option.label} ${option.value} ${option.keywords ?? ''}`);
      return words.every((word) => haystack.includes(word));
    });
  }, [options, text, isFiltering]);

  const optionId = (index: number) => `${listId}-${index}`;
  const active = Math.min(activeIndex, Math.max(matches.length - 1, 0));

  useEffect(() => {
    if (isOpen) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [isOpen, active, listId]);

  const open = () => {
    setOpen(true);
    setFiltering(false);
    setActiveIndex(
      Math.max(
        options.findIndex((option) => option.value === value),
        0,
      ),
    );
  };
  const close = () => {
    setOpen(false);
    setFiltering(false);
  };
  const pick = (option: ComboboxOption | undefined) => {
    if (option) onChange(option.value);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen) return open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex(Math.min(Math.max(active + step, 0), matches.length - 1));
    } else if (event.key === 'Enter' && isOpen) {
      event.preventDefault();
      pick(matches[active]);
    } else if (event.key === 'Escape' && isOpen) {
      event.preventDefault();
      close();
    }
  };

  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="relative">
          <input
            {...control}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-expanded={isOpen}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={isOpen && matches.length > 0 ? optionId(active) : undefined}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setFiltering(true);
              setActiveIndex(0);
            }}
            onFocus={(event) => event.target.select()}
            onClick={() => !isOpen && open()}
            onBlur={close}
            onKeyDown={onKeyDown}
            className={cn(controlClass, 'min-h-11 py-2 pr-10')}
          />
          <ChevronDown
            className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-text-muted"
            aria-hidden="true"
          />
          <div
            hidden={!isOpen}
            className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded-lg border border-border-strong bg-surface py-1 shadow-lg"
          >
            <ul id={listId} role="listbox" aria-labelledby={`${control.id}-label`}>
              {matches.map((option, index) => (
                <li
                  key={option.value}
                  id={optionId(index)}
                  role="option"
                  aria-selected={option.value === value}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(option)}
                  onMouseMove={() => index !== active && setActiveIndex(index)}
                  className={cn(
                    'cursor-pointer px-3 py-2 break-words',
                    index === active && 'bg-surface-muted',
                    option.value === value && 'font-semibold text-accent-text',
                  )}
                >
                  {option.label}
                </li>
              ))}
            </ul>
            {matches.length === 0 && <p className="px-3 py-2 text-text-muted">{noMatchesText}</p>}
          </div>
        </div>
      )}
    </Field>
  );
}
