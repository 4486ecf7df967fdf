import type { TrailerBoardView, TrailerShape } from "@/lib/client/trailer-api";
import styles from "./trailer.module.css";

/** The trailer's length (30 or 60 s) and shape (16:9, or 9:16 for a social cut), as two toggles. */
export function TrailerShapePicker(props: {
  shape: TrailerShape;
  choices: TrailerBoardView["choices"];
  disabled: boolean;
  /** The length cannot change now (a script is being written at this one). */
  lengthLocked?: boolean;
  onChange: (shape: Partial<TrailerShape>) => void;
}) {
  const { shape, choices, disabled, onChange } = props;
  return (
    <div className={styles.pickers}>
      <Segmented
        legend="Length"
        name="trailer-length"
        options={choices.lengths.map((seconds) => ({ value: seconds, label: `${seconds} s` }))}
        value={shape.seconds}
        disabled={disabled || Boolean(props.lengthLocked)}
        onChange={(seconds) => onChange({ seconds })}
      />
      <Segmented
        legend="Shape"
        name="trailer-shape"
        options={choices.aspects.map((aspect) => ({
          value: aspect,
          label: aspect === "9:16" ? "9:16 social" : aspect,
        }))}
        value={shape.aspect}
        disabled={disabled}
        onChange={(aspect) => onChange({ aspect })}
      />
    </div>
  );
}

/** Radio buttons drawn as one pill of options. */
function Segmented<T extends string | number>(props: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  disabled: boolean;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className={styles.segmented}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === option.value}
            disabled={props.disabled}
            onChange={() => props.onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
