package policies

import (
	"context"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/moatscan/moat/finding"
)

// Options tune an Engine. The zero value is usable.
type Options struct {
	FS      fs.FS         // policy tree; nil means the embedded one
	Timeout time.Duration // bound on one rule's evaluation; 0 means 30s
}

// Engine runs the compiled rules. It is safe for concurrent use.
type Engine struct {
	rules   []compiled
	timeout time.Duration
}

type compiled struct {
	meta       finding.Rule
	query      rego.PreparedEvalQuery // the rule's deny set
	applicable rego.PreparedEvalQuery // the IDs of the resources the rule applies to
}

// New parses and compiles every rule once and prepares its query.
func New(ctx context.Context, opts Options) (*Engine, error) {
	fsys := opts.FS
	if fsys == nil {
		fsys = Sources()
	}
	mods, err := parseModules(fsys, false)
	if err != nil {
		return nil, err
	}
	c, err := compile(mods)
	if err != nil {
		return nil, err
	}
	e := &Engine{timeout: opts.Timeout}
	if e.timeout == 0 {
		e.timeout = 30 * time.Second
	}
	seen := map[string]string{}
	for _, name := range sortedKeys(mods) {
		m := mods[name]
		if strings.HasPrefix(name, "lib/") {
			continue
		}
		meta, err := ruleMetadata(m)
		if err != nil {
			return nil, err
		}
		if prev, dup := seen[meta.ID]; dup {
			return nil, fmt.Errorf("rule ID %s used by %s and %s", meta.ID, prev, meta.Package)
		}
		seen[meta.ID] = meta.Package
		q, err := prepare(ctx, c, m.Package.Path.String()+".deny")
		if err != nil {
			return nil, fmt.Errorf("prepare %s: %w", meta.ID, err)
		}
		a, err := prepare(ctx, c, m.Package.Path.String()+".applicable")
		if err != nil {
			return nil, fmt.Errorf("prepare %s: %w", meta.ID, err)
		}
		e.rules = append(e.rules, compiled{meta: meta, query: q, applicable: a})
	}
	sort.Slice(e.rules, func(i, j int) bool { return e.rules[i].meta.ID < e.rules[j].meta.ID })
	return e, nil
}

func prepare(ctx context.Context, c *ast.Compiler, query string) (rego.PreparedEvalQuery, error) {
	return rego.New(
		rego.Compiler(c),
		rego.Query(query),
		rego.Capabilities(Capabilities()),
		rego.StrictBuiltinErrors(true),
	).PrepareForEval(ctx)
}

// Rules returns the metadata of every rule, sorted by ID.
func (e *Engine) Rules() []finding.Rule {
	out := make([]finding.Rule, len(e.rules))
	for i, r := range e.rules {
		out[i] = r.meta
	}
	return out
}

// Raw is one deny result of one rule, before locating.
type Raw struct {
	Rule  finding.Rule
	Value any // one element of the deny set, as decoded JSON
}

// RuleError is a rule that failed to evaluate or ran past its time bound.
type RuleError struct {
	Rule    finding.Rule
	Err     error
	Timeout bool
}

// Eval evaluates every rule against input in parallel. Results come in
// rule order; a failing rule is reported and the others still count.
func (e *Engine) Eval(ctx context.Context, input ast.Value) ([]Raw, []RuleError) {
	return e.each(ctx, input, func(r compiled) rego.PreparedEvalQuery { return r.query })
}

// Applicable evaluates, for every rule, the set of resources it applies
// to (its applicable set; empty when a rule does not define one), for the
// coverage report. Values are resource IDs.
func (e *Engine) Applicable(ctx context.Context, input ast.Value) ([]Raw, []RuleError) {
	return e.each(ctx, input, func(r compiled) rego.PreparedEvalQuery { return r.applicable })
}

func (e *Engine) each(ctx context.Context, input ast.Value, query func(compiled) rego.PreparedEvalQuery) ([]Raw, []RuleError) {
	type out struct {
		raws []Raw
		err  *RuleError
	}
	outs := make([]out, len(e.rules))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range e.rules {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer func() { <-sem; wg.Done() }()
			raws, err := e.evalOne(ctx, e.rules[i].meta, query(e.rules[i]), input)
			outs[i] = out{raws, err}
		}(i)
	}
	wg.Wait()
	var raws []Raw
	var errs []RuleError
	for _, o := range outs {
		raws = append(raws, o.raws...)
		if o.err != nil {
			errs = append(errs, *o.err)
		}
	}
	return raws, errs
}

func (e *Engine) evalOne(ctx context.Context, meta finding.Rule, q rego.PreparedEvalQuery, input ast.Value) ([]Raw, *RuleError) {
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	rs, err := q.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		return nil, &RuleError{Rule: meta, Err: err, Timeout: ctx.Err() == context.DeadlineExceeded}
	}
	var raws []Raw
	for _, res := range rs {
		for _, ex := range res.Expressions {
			set, ok := ex.Value.([]any)
			if !ok {
				return nil, &RuleError{Rule: meta, Err: fmt.Errorf("result is %T, not a set", ex.Value)}
			}
			for _, v := range set {
				raws = append(raws, Raw{Rule: meta, Value: v})
			}
		}
	}
	return raws, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Select returns an engine that runs only the rules keep accepts, sharing
// the compiled queries: configurations that disable rules cost nothing.
func (e *Engine) Select(keep func(finding.Rule) bool) *Engine {
	out := &Engine{timeout: e.timeout}
	for _, r := range e.rules {
		if keep(r.meta) {
			out.rules = append(out.rules, r)
		}
	}
	return out
}
