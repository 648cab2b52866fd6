package report

import (
	"github.com/moatscan/moat/graph"
)

// Masked wraps a source reader so that the bytes of every sensitive range
// read as '*' (line breaks kept, so columns and carets still line up). The
// text writer quotes source lines; secret values must never be among them.
func Masked(read func(string) ([]byte, error), sensitive map[string][]graph.Range) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		b, err := read(name)
		if err != nil || len(sensitive[name]) == 0 {
			return b, err
		}
		out := append([]byte(nil), b...)
		for _, r := range sensitive[name] {
			for i := max(r.Start.Byte, 0); i < r.End.Byte && i < len(out); i++ {
				if out[i] != '\n' && out[i] != '\r' {
					out[i] = '*'
				}
			}
		}
		return out, nil
	}
}
