package plan

import (
	"strconv"
	"strings"
)

// MajorOf returns the first major version a Terraform version constraint
// allows: 3 for "~> 3.100", 4 for ">= 4.0, < 5.0" and for "4.1.0". It
// returns 0 when the constraint is empty, sets no lower bound (< 5.0),
// allows nothing (>= 4.0, < 4.0) or does not parse. Exclusions (!=) are
// ignored: they remove single versions, never a whole major.
func MajorOf(constraint string) int {
	var lo, hi bound
	for _, clause := range strings.Split(constraint, ",") {
		op, v, ok := parseClause(clause)
		if !ok {
			return 0
		}
		if l, ok := lowerOf(op, v); ok && l.tighter(lo, 1) {
			lo = l
		}
		if u, ok := upperOf(op, v); ok && u.tighter(hi, -1) {
			hi = u
		}
	}
	if !lo.set {
		return 0
	}
	if c := compare(lo.v, hi.v); hi.set && (c > 0 || c == 0 && (lo.open || hi.open)) {
		return 0
	}
	return lo.v[0]
}

// version is a version's major, minor and patch numbers, and how many of
// them were written.
type version struct {
	v    [3]int
	segs int
}

// bound is a lower or upper bound of the versions a constraint allows;
// open when the bound itself is excluded.
type bound struct {
	v    [3]int
	open bool
	set  bool
}

// lowerOf is the lower bound a clause sets, if any.
func lowerOf(op string, v version) (bound, bool) {
	switch op {
	case "", "=", ">=", "~>":
		return bound{v: v.v, set: true}, true
	case ">":
		return bound{v: v.v, open: true, set: true}, true
	}
	return bound{}, false
}

// upperOf is the upper bound a clause sets, if any. ~> 3.100 allows every
// 3.x from 3.100 on and stops at 4.0.0; ~> 3.100.1 stops at 3.101.0;
// ~> 3 stops at 4.0.0.
func upperOf(op string, v version) (bound, bool) {
	switch op {
	case "", "=", "<=":
		return bound{v: v.v, set: true}, true
	case "<":
		return bound{v: v.v, open: true, set: true}, true
	case "~>":
		var up [3]int
		i := max(v.segs-2, 0)
		copy(up[:i], v.v[:i])
		up[i] = v.v[i] + 1
		return bound{v: up, open: true, set: true}, true
	}
	return bound{}, false
}

// tighter reports whether b allows fewer versions than o, a lower bound
// (sign 1) or an upper bound (sign -1) that may be unset: further in, or
// at the same version and open.
func (b bound) tighter(o bound, sign int) bool {
	if !o.set {
		return true
	}
	c := compare(b.v, o.v) * sign
	return c > 0 || c == 0 && b.open && !o.open
}

func compare(a, b [3]int) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// clauseOps are the operators of a clause, longest first.
var clauseOps = []string{">=", "<=", "~>", "!=", ">", "<", "="}

// parseClause reads one clause of a constraint: an operator and a
// version of one to three numbers, with any pre-release or build suffix
// dropped.
func parseClause(clause string) (string, version, bool) {
	clause = strings.TrimSpace(clause)
	op := ""
	for _, o := range clauseOps {
		if strings.HasPrefix(clause, o) {
			op, clause = o, strings.TrimSpace(clause[len(o):])
			break
		}
	}
	if i := strings.IndexAny(clause, "-+"); i >= 0 {
		clause = clause[:i]
	}
	parts := strings.Split(clause, ".")
	if len(parts) > 3 {
		return "", version{}, false
	}
	v := version{segs: len(parts)}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || p != strconv.Itoa(n) {
			return "", version{}, false
		}
		v.v[i] = n
	}
	return op, v, true
}
