/** The deck a case goes into: one of the user's decks, or a new one (value ''). */
export function DeckPicker({ decks, value, onChange, className }: { decks: ReadonlyArray<{ id: string; title: string }>; value: string; onChange(id: string): void; className?: string }) {
  return (
    <label className={className}>
      <span className="label block">Deck</span>
      <select className="field" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">A new deck</option>
        {decks.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
    </label>
  );
}
