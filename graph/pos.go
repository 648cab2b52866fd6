package graph

import "fmt"

// Pos is a position in a file. Line and Column are 1-based; Column counts
// Unicode code points. Byte is the 0-based byte offset and is authoritative.
type Pos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Byte   int `json:"byte"`
}

// Range is a half-open span [Start, End) of one file. Filename is slash
// separated and relative to the scan's working directory when the file is
// below it.
type Range struct {
	Filename string `json:"filename"`
	Start    Pos    `json:"start"`
	End      Pos    `json:"end"`
}

// IsZero reports whether r is the zero Range (no location known).
func (r Range) IsZero() bool { return r == Range{} }

// Contains reports whether p lies within r.
func (r Range) Contains(p Pos) bool {
	return p.Byte >= r.Start.Byte && p.Byte < r.End.Byte
}

// String renders r as file:line:col, the form editors and terminals link.
func (r Range) String() string {
	if r.Start.Line == 0 {
		return r.Filename
	}
	return fmt.Sprintf("%s:%d:%d", r.Filename, r.Start.Line, r.Start.Column)
}

// Less orders ranges by file, then start byte, then end byte.
func (r Range) Less(o Range) bool {
	if r.Filename != o.Filename {
		return r.Filename < o.Filename
	}
	if r.Start.Byte != o.Start.Byte {
		return r.Start.Byte < o.Start.Byte
	}
	return r.End.Byte < o.End.Byte
}
