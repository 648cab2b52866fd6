package policies

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// parseModules parses every .rego file of fsys; test files only when
// withTests is set. Annotations are kept for metadata.
func parseModules(fsys fs.FS, withTests bool) (map[string]*ast.Module, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Ext(p) != ".rego" {
			return nil
		}
		if strings.HasSuffix(p, "_test.rego") && !withTests {
			return nil
		}
		names = append(names, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list policies: %w", err)
	}
	sort.Strings(names)
	mods := make(map[string]*ast.Module, len(names))
	opts := ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1, Capabilities: Capabilities()}
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read policy %s: %w", name, err)
		}
		m, err := ast.ParseModuleWithOpts("policies/"+name, string(src), opts)
		if err != nil {
			return nil, fmt.Errorf("parse policy: %w", err)
		}
		mods[name] = m
	}
	return mods, nil
}

// newCompiler returns a strict compiler with the restricted capabilities.
func newCompiler() *ast.Compiler {
	return ast.NewCompiler().
		WithCapabilities(Capabilities()).
		WithStrict(true).
		WithEnablePrintStatements(false)
}

// compile compiles modules with newCompiler.
func compile(mods map[string]*ast.Module) (*ast.Compiler, error) {
	c := newCompiler()
	if c.Compile(mods); c.Failed() {
		return nil, fmt.Errorf("compile policies: %w", c.Errors)
	}
	return c, nil
}
