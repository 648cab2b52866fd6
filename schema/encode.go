package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Encode writes an index in the JSON form Decode reads: one type or shape
// per line, so that a refresh of the data shows as a readable diff.
func Encode(x *Index) ([]byte, error) {
	var b bytes.Buffer
	w := writer{b: &b}
	b.WriteString("{\"source\": ")
	w.value(x.Source)
	b.WriteString(",\n\"since\": ")
	w.value(x.Since)
	b.WriteString(",\n\"types\": [\n")
	for i, t := range x.Types {
		row := []any{t.Name}
		for _, v := range t.Versions {
			row = append(row, v.API, v.Root)
		}
		w.line(row, i == len(x.Types)-1)
	}
	b.WriteString("],\n\"shapes\": [\n")
	for i := range x.Shapes {
		w.line(encodeShape(&x.Shapes[i]), i == len(x.Shapes)-1)
	}
	b.WriteString("]}\n")
	if w.err != nil {
		return nil, fmt.Errorf("encode schema index: %w", w.err)
	}
	return b.Bytes(), nil
}

// writer writes JSON values, keeping the first error.
type writer struct {
	b   *bytes.Buffer
	err error
}

func (w *writer) line(row []any, last bool) {
	w.value(row)
	if !last {
		w.b.WriteByte(',')
	}
	w.b.WriteByte('\n')
}

func (w *writer) value(v any) {
	enc := json.NewEncoder(w.b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		if w.err == nil {
			w.err = err
		}
		return
	}
	w.b.Truncate(w.b.Len() - 1) // the newline Encode ends with
}

func encodeShape(s *Shape) []any {
	row := []any{int(s.Kind)}
	switch s.Kind {
	case Object:
		row = append(row, s.Extra)
		row = append(row, encodeProps(s.Props)...)
	case Array:
		row = append(row, s.Item)
	case Enum:
		open := 0
		if s.Open {
			open = 1
		}
		row = append(row, open)
		for _, v := range s.Values {
			row = append(row, v)
		}
	case Union:
		elems := []any{}
		for _, e := range s.Elements {
			elems = append(elems, e.Value, e.Shape)
		}
		row = append(row, s.Discriminator, encodeProps(s.Props), elems)
	}
	return row
}

func encodeProps(ps []Prop) []any {
	out := []any{}
	for _, p := range ps {
		out = append(out, p.Name, p.Shape)
	}
	return out
}
