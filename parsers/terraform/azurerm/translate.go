package azurerm

import (
	"github.com/moatscan/moat/graph"
)

// target is an ARM path a Terraform path maps onto. exact says the
// Terraform path addresses the very value at path (so its range moves
// there), rather than a part of a value folded into it (an element of a
// list joined into one string).
type target struct {
	path  graph.Path
	exact bool
}

// translate maps the Terraform path q (below tf) onto the ARM paths below
// arm that its value was written to; none for attributes the rules do not
// know or drop. s may be nil: paths are then mapped without looking at
// values.
func translate(rules []rule, q, tf, arm graph.Path, s *source) (out []target) {
	if len(q) == 0 {
		return nil
	}
	rs := match(rules, q[0])
	tf, rest := tf.Append(q[0]), q[1:]
	for _, r := range rs {
		if r.to == nil {
			continue
		}
		dst := join(arm, r.to)
		switch r.shape {
		case value:
			out = append(out, valueTarget(r, dst, tf, rest, s))
		case object:
			out = append(out, objectTargets(r, dst, tf, rest, s)...)
		case array:
			out = append(out, arrayTargets(r, dst, tf, rest, s)...)
		}
	}
	return out
}

// objectTargets maps a path at or inside a block written at most once; an
// index, when the block is a list, must be 0.
func objectTargets(r rule, dst, tf, rest graph.Path, s *source) []target {
	if len(rest) > 0 {
		if i, ok := index(rest[0]); ok {
			if i != 0 {
				return nil
			}
			tf, rest = tf.Append(rest[0]), rest[1:]
		}
	}
	return descend(r, dst, rest, tf, s)
}

// arrayTargets maps a path at or inside repeated blocks; a path without
// an index (a block written as an object) is in element 0.
func arrayTargets(r rule, dst, tf, rest graph.Path, s *source) []target {
	if len(rest) == 0 {
		return []target{{wholeArray(r, dst, tf, s), true}}
	}
	i, sub, subTF := 0, rest, tf
	if n, ok := index(rest[0]); ok {
		i, sub, subTF = n, rest[1:], tf.Append(rest[0])
	}
	return descend(r, element(r, dst, tf, i, s), sub, subTF, s)
}

// descend maps the rest of a path inside one block element.
func descend(r rule, dst, rest, tf graph.Path, s *source) []target {
	if len(rest) == 0 {
		return []target{{dst, true}}
	}
	return translate(r.rules, rest, tf, dst, s)
}

// wholeArray is where a whole list of blocks goes: the array of its first
// element.
func wholeArray(r rule, dst, tf graph.Path, s *source) graph.Path {
	if r.alt == nil {
		return dst
	}
	e := element(r, dst, tf, 0, s)
	return e[:len(e)-1]
}

// valueTarget maps a path at or inside an argument.
func valueTarget(r rule, dst, tf, rest graph.Path, s *source) target {
	switch {
	case len(rest) == 0:
		return target{dst, true}
	case r.keyed:
		if v, ok := s.value(tf.Append(rest[0])); ok && len(rest) == 1 {
			if id, ok := v.(string); ok && id != "" {
				return target{dst.Append(id), true}
			}
		}
		return target{dst, false}
	case r.each != nil:
		if _, ok := index(rest[0]); ok {
			return target{join(dst.Append(rest[0]), r.each), len(rest) == 1}
		}
		return target{dst, false}
	case r.conv != nil:
		return target{dst, false}
	}
	return target{join(dst, rest), true}
}
