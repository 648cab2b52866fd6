package schema

import (
	"strings"

	"github.com/agext/levenshtein"
)

// canonical returns the schema's casing of the property the last step of
// path names in version v; fallback when v does not name it.
func (x *Index) canonical(v *Version, path []Step, fallback string) string {
	if len(path) == 0 {
		return fallback
	}
	parent, ok := x.Resolve(v, path[:len(path)-1])
	if !ok {
		return fallback
	}
	st := path[len(path)-1]
	s := x.Shape(parent)
	if s == nil || (s.Kind != Object && s.Kind != Union) {
		return fallback
	}
	if p, ok := x.Property(s, st.Name, st.Disc); ok {
		return p.Name
	}
	return fallback
}

// names lists the writable properties of an object: for a discriminated
// object, its base and the element disc picks, or every element.
func (x *Index) names(s *Shape, disc string) []string {
	var out []string
	add := func(ps []Prop) {
		for _, p := range ps {
			if !p.ReadOnly {
				out = append(out, p.Name)
			}
		}
	}
	add(s.Props)
	if s.Kind != Union {
		return out
	}
	if e, ok := s.Element(disc); ok {
		if es := x.Shape(e.Shape); es != nil {
			add(es.Props)
		}
		return out
	}
	for _, e := range s.Elements {
		if es := x.Shape(e.Shape); es != nil {
			add(es.Props)
		}
	}
	return out
}

// nearest returns the name closest to k by edit distance, ignoring case,
// when it is close enough to be a misspelling: at most one edit in four
// characters (and at least one). Ties go to the first name in order.
func nearest(k string, names []string) string {
	best, dist := "", max(1, len(k)/4)+1
	fk := Fold(k)
	for _, n := range names {
		if d := levenshtein.Distance(fk, Fold(n), nil); d < dist || (d == dist && best != "" && n < best) {
			best, dist = n, d
		}
	}
	return best
}

func equalFold(a, b string) bool { return compareFold(a, b) == 0 }

// dotted joins a canonical path and a last name with dots.
func dotted(canon []string, name string) string {
	if name == "" {
		return strings.Join(canon, ".")
	}
	return strings.Join(append(canon[:len(canon):len(canon)], name), ".")
}

func last(canon []string) string {
	if len(canon) == 0 {
		return ""
	}
	return canon[len(canon)-1]
}
