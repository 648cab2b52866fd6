// Package jsonpos reads JSON into a tree of values that each carry the
// exact range of their source text, and the range of every object key.
//
// Start with Parse in parse.go; Value in value.go is the result. Ranges
// follow graph.Pos: lines break at LF, CRLF and CR, columns count code
// points of the source text (an escape such as \u00e9 counts six), byte
// offsets count bytes of the file, and a leading byte order mark is
// skipped without shifting them. Problems become graph.Diagnostics with
// the position where reading stopped and a sentence saying what was
// expected there: syntax errors, invalid UTF-8, nesting or size beyond the
// limits of Options, and duplicate keys (a warning; the last value wins).
//
// The scanner is written by hand because encoding/json reports no
// positions for values (only byte offsets of tokens, through a Decoder
// that cannot resume after an error nor report duplicate keys), and no
// library in the module does. ARM templates are read in a dialect that
// Options turn on: Comments accepts // and /* */ comments, Trailing a comma
// after the last member, and FoldCase makes keys that differ only in case
// duplicates, of which only the last stays in Fields, as Azure Resource
// Manager reads property names (lookup.go: Field and Lookup find keys the
// same way). StringRange maps offsets inside a decoded string back to the
// file through its escapes, so that an error inside an ARM expression gets
// its exact position.
//
// Nesting is read by bounded recursion: a document deeper than
// Options.MaxDepth ends in a diagnostic, not an exhausted stack.
package jsonpos
