package funcs

import (
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// checkFormat refuses a format call whose widths or result would pass the
// limits: every verb may repeat the largest argument, padded to the widest
// width.
func checkFormat(args []cty.Value) error {
	f, ok := knownString(args[0])
	if !ok {
		return nil
	}
	verbs, widest := formatVerbs(f)
	if widest > maxWidth {
		return function.NewArgErrorf(0, "width or precision exceeds the limit of %d", maxWidth)
	}
	var unit int64
	for _, a := range args[1:] {
		unit = max(unit, jsonLen(measure(a)))
	}
	total := size{bytes: int64(len(f)) + verbs*(widest+unit)}
	return total.err("result")
}

// checkFormatList is checkFormat once per row, a row per element of the
// longest list argument.
func checkFormatList(args []cty.Value) error {
	f, ok := knownString(args[0])
	if !ok {
		return nil
	}
	verbs, widest := formatVerbs(f)
	if widest > maxWidth {
		return function.NewArgErrorf(0, "width or precision exceeds the limit of %d", maxWidth)
	}
	rows, unit := int64(1), int64(0)
	for _, a := range args[1:] {
		n, u := rowUnit(a)
		rows, unit = max(rows, n), max(unit, u)
	}
	total := size{elems: rows, bytes: rows * (int64(len(f)) + verbs*(widest+unit))}
	return total.err("result")
}

// rowUnit returns how many rows a formatlist argument makes and the
// largest value it contributes to one row.
func rowUnit(a cty.Value) (rows, unit int64) {
	a, _ = a.Unmark()
	ty := a.Type()
	if !a.IsKnown() || a.IsNull() || !ty.IsListType() && !ty.IsTupleType() {
		return 1, jsonLen(measure(a))
	}
	rows = int64(a.LengthInt())
	for it := a.ElementIterator(); it.Next(); {
		_, e := it.Element()
		unit = max(unit, jsonLen(measure(e)))
		if unit > maxBytes {
			break
		}
	}
	return rows, unit
}

// jsonLen estimates a value's length as written by %v: its text plus a few
// bytes of punctuation per element.
func jsonLen(s size) int64 {
	return s.bytes + 4*s.elems
}

// formatVerbs counts the verbs of a format string and returns the largest
// width or precision among them (an argument index counts as one too,
// which only makes the estimate safer). Numbers saturate past maxWidth.
func formatVerbs(f string) (verbs, widest int64) {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			i++
			continue
		}
		verbs++
		var n int64
		for i++; i < len(f) && isVerbPrefix(f[i]); i++ {
			c := f[i]
			if c >= '0' && c <= '9' {
				n = min(n*10+int64(c-'0'), maxWidth+1)
				continue
			}
			widest, n = max(widest, n), 0
		}
		widest = max(widest, n)
	}
	return verbs, widest
}

func isVerbPrefix(c byte) bool {
	switch c {
	case '+', '-', '#', ' ', '.', '[', ']':
		return true
	}
	return c >= '0' && c <= '9'
}
