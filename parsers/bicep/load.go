package bicep

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// maxLoad bounds a file the load functions read; the compiler's own
// limit is about 1 MB for JSON and text.
const maxLoad = 4 << 20

// load reads the file a load function names, relative to the Bicep file.
// The first argument must be a literal path.
func (ev *evaluator) load(c *syntax.Call, lo, hi int) ([]byte, []any, any) {
	if len(c.Args) < lo || len(c.Args) > hi {
		return nil, nil, ev.fail(c, "function '%s' takes %s, got %d", c.Name.Name, arity(lo, hi), len(c.Args))
	}
	args := ev.args(c)
	rel, ok := args[0].(string)
	if !ok {
		return nil, nil, ev.fail(c.Args[0], "the path of %s must be a string known when the file is compiled", c.Name.Name)
	}
	read := ev.d.u.p.opts.ReadFile
	if read == nil {
		return nil, nil, &value.Unknown{Reason: "the files load functions read are not available", Text: ev.text(c)}
	}
	name := ev.d.u.p.resolve(ev.d.f.path, rel)
	data, err := read(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the error without the path, which may be this machine's
		}
		return nil, nil, ev.fail(c.Args[0], "%s cannot read %s: %v", c.Name.Name, rel, err)
	}
	if len(data) > maxLoad {
		return nil, nil, ev.limit(c, fmt.Sprintf("%s reads %d bytes; moat reads at most %d", rel, len(data), maxLoad))
	}
	return data, args, nil
}

func (ev *evaluator) loadText(c *syntax.Call) any {
	data, _, failed := ev.load(c, 1, 2)
	if failed != nil {
		return failed
	}
	return string(data)
}

func (ev *evaluator) loadBase64(c *syntax.Call) any {
	data, _, failed := ev.load(c, 1, 1)
	if failed != nil {
		return failed
	}
	return base64.StdEncoding.EncodeToString(data)
}

func (ev *evaluator) loadJSON(c *syntax.Call) any {
	data, args, failed := ev.load(c, 1, 3)
	if failed != nil {
		return failed
	}
	v, err := funcs.FromJSON(string(data))
	if err != nil {
		return ev.fail(c, "%s: %v", c.Name.Name, err)
	}
	return ev.jsonPath(c, v, args)
}

func (ev *evaluator) loadYAML(c *syntax.Call) any {
	data, args, failed := ev.load(c, 1, 3)
	if failed != nil {
		return failed
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return ev.fail(c, "%s: %v", c.Name.Name, err)
	}
	v, err := fromYAML(&doc, 0)
	if err != nil {
		return ev.fail(c, "%s: %v", c.Name.Name, err)
	}
	return ev.jsonPath(c, v, args)
}

// jsonPath selects the part of a loaded document the second argument
// names: a path of .property and [index] steps from $.
func (ev *evaluator) jsonPath(c *syntax.Call, v any, args []any) any {
	if len(args) < 2 {
		return v
	}
	p, ok := args[1].(string)
	if !ok {
		return ev.fail(c.Args[1], "the path must be a string")
	}
	p = strings.TrimPrefix(strings.TrimSpace(p), "$")
	for p != "" {
		switch {
		case strings.HasPrefix(p, "."):
			end := strings.IndexAny(p[1:], ".[")
			if end < 0 {
				end = len(p) - 1
			}
			o, ok := v.(*value.Object)
			if !ok {
				return ev.fail(c.Args[1], "the path %s does not match the document", args[1])
			}
			if v, ok = o.Get(p[1 : end+1]); !ok {
				return ev.fail(c.Args[1], "the document has no property %s", p[1:end+1])
			}
			p = p[end+1:]
		case strings.HasPrefix(p, "["):
			end := strings.Index(p, "]")
			a, isArray := v.([]any)
			if end < 0 || !isArray {
				return ev.fail(c.Args[1], "the path %s does not match the document", args[1])
			}
			key := strings.Trim(p[1:end], "'\"")
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= len(a) {
				return ev.fail(c.Args[1], "the index %s is out of range", key)
			}
			v, p = a[i], p[end+1:]
		default:
			return ev.fail(c.Args[1], "moat reads paths of .property and [index] steps, not %s", p)
		}
	}
	return v
}

// fromYAML converts a YAML document to template values.
func fromYAML(n *yaml.Node, depth int) (any, error) {
	if depth > 256 {
		return nil, fmt.Errorf("the document is nested too deeply")
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return fromYAML(n.Content[0], depth+1)
	case yaml.AliasNode:
		return nil, fmt.Errorf("YAML aliases are not read")
	case yaml.MappingNode:
		o := value.NewObject(len(n.Content) / 2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := fromYAML(n.Content[i+1], depth+1)
			if err != nil {
				return nil, err
			}
			o.Set(n.Content[i].Value, v)
		}
		return o, nil
	case yaml.SequenceNode:
		out := make([]any, len(n.Content))
		for i, c := range n.Content {
			v, err := fromYAML(c, depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	switch n.Tag {
	case "!!int":
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return i, nil
		}
	case "!!bool":
		return strings.EqualFold(n.Value, "true"), nil
	case "!!null":
		return nil, nil
	case "!!float":
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return f, nil
		}
	}
	return n.Value, nil
}

// environmentVariable evaluates readEnvironmentVariable(name, default) of
// a .bicepparam file: moat reads no environment, so the value is the
// default when there is one, else unknown.
func (ev *evaluator) environmentVariable(c *syntax.Call) any {
	args := ev.args(c)
	if len(args) == 2 {
		return args[1]
	}
	return &value.Unknown{Reason: "an environment variable is known only where the deployment runs", Text: ev.text(c)}
}
