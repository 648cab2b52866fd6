package syntax

import (
	"github.com/moatscan/moat/graph"
)

// File is a parsed .bicep or .bicepparam file: its statements, and the
// syntax errors found, each with its range. A file with errors still has
// every statement that parsed.
type File struct {
	Path   string // slash separated, as graph ranges name it
	Src    []byte
	Params bool // a .bicepparam file
	Stmts  []Stmt
	Diags  graph.Diagnostics

	lines []int // byte offset of each line's start
	// runes counts the code points before each block of runeBlock
	// bytes, so that a column is found without scanning a long line.
	runes []int
}
