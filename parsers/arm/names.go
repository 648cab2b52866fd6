package arm

import (
	"strconv"
	"strings"

	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/expr"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// nameSegments splits a name whose value is unknown into its segments
// when the name is a concat() or format() call: the parts that are known
// keep their value, so that
// [concat('aoai', '/Microsoft.Authorization/', guid(...))] still names
// the account aoai, and only the last segment is unknown (written as the
// expression that makes it). It returns false for other names.
func nameSegments(sc scope, v *jsonpos.Value) ([]string, []bool, bool) {
	e, err := sc.d.run.p.expression(v)
	if err != nil {
		return nil, nil, false
	}
	c, ok := e.Root.(*expr.Call)
	if !ok || c.Namespace != "" || !c.Is("concat") && !c.Is("format") {
		return nil, nil, false
	}
	f, ok := funcs.Lookup(c.Name)
	if !ok {
		return nil, nil, false
	}
	args := make([]any, len(c.Args))
	texts := map[string]string{}
	for i, a := range c.Args {
		x, err := (&expr.Expr{Src: e.Src, Root: a}).Eval(sc)
		if _, unknown := x.(*value.Unknown); err != nil || unknown {
			mark := "\x00" + strconv.Itoa(i) + "\x00"
			texts[mark] = "[" + strings.ReplaceAll(e.Text(a), "/", "-") + "]"
			x = mark
		}
		args[i] = x
	}
	out, err := f.Call(sc.d.ctx, args)
	s, isString := out.(string)
	if err != nil || !isString {
		return nil, nil, false
	}
	segs := strings.Split(s, "/")
	known := make([]bool, len(segs))
	for i, seg := range segs {
		known[i] = !strings.Contains(seg, "\x00")
		for mark, text := range texts {
			seg = strings.ReplaceAll(seg, mark, text)
		}
		segs[i] = seg
	}
	return segs, known, true
}
