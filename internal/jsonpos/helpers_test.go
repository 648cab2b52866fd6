package jsonpos

import (
	"fmt"
	"strconv"

	"github.com/moatscan/moat/graph"
)

// short writes a range compactly: line:col-line:col @byte-byte.
func short(r graph.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d @%d-%d", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column, r.Start.Byte, r.End.Byte)
}

// ranges lists the range of every value under its path ("" for the top,
// steps joined by "/"), and of every key under "key:" and its path.
func ranges(v *Value) map[string]string {
	out := make(map[string]string)
	var walk func(path string, v *Value)
	walk = func(path string, v *Value) {
		out[path] = short(v.Range)
		for i, item := range v.Items {
			walk(join(path, strconv.Itoa(i)), item)
		}
		for _, f := range v.Fields {
			p := join(path, f.Key)
			out["key:"+p] = short(f.KeyRange)
			walk(p, f.Value)
		}
	}
	if v != nil {
		walk("", v)
	}
	return out
}

func join(path, step string) string {
	if path == "" {
		return step
	}
	return path + "/" + step
}

// each calls fn on v and every value inside it.
func each(v *Value, fn func(*Value)) {
	if v == nil {
		return
	}
	fn(v)
	for _, item := range v.Items {
		each(item, fn)
	}
	for _, f := range v.Fields {
		each(f.Value, fn)
	}
}
