package suppress

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"go.yaml.in/yaml/v3"

	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// comments returns the comments of a file in a format moat reads with
// comments, each found by that format's own lexer so that a marker inside
// a string is not a comment. JSON formats have none.
func comments(format string, s *source) (cs []span, skip func(string) bool) {
	switch {
	case format == "terraform" && !strings.HasSuffix(s.name, ".json"):
		return hclComments(s), nil
	case format == "bicep":
		for _, c := range syntax.Comments(s.data) {
			cs = append(cs, span{c.Start, c.End})
		}
		return cs, func(line string) bool { return strings.HasPrefix(line, "@") }
	case format == "kubernetes" && !strings.HasSuffix(s.name, ".json"):
		return yamlComments(s), func(line string) bool { return line == "---" || line == "..." }
	}
	return nil, nil
}

// hclComments lexes HCL native syntax.
func hclComments(s *source) []span {
	toks, _ := hclsyntax.LexConfig(s.data, s.name, hcl.InitialPos)
	var cs []span
	for _, t := range toks {
		if t.Type == hclsyntax.TokenComment {
			cs = append(cs, s.trim(span{t.Range.Start.Byte, t.Range.End.Byte}))
		}
	}
	return cs
}

// yamlComments finds the comments of a YAML stream. yaml.v3 knows which
// '#' start comments (not those in quoted or block scalars) but not where
// each comment is, so the lines holding the marker are matched against
// the comment texts the parser saw.
func yamlComments(s *source) []span {
	seen := map[string]int{}
	dec := yaml.NewDecoder(bytes.NewReader(s.data))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) || err != nil && doc.Kind == 0 {
			break
		}
		walkComments(&doc, func(text string) {
			for _, line := range strings.Split(text, "\n") {
				if line = strings.TrimSpace(line); strings.Contains(line, Marker) {
					seen[line]++
				}
			}
		})
		if err != nil {
			break
		}
	}
	var cs []span
	for n := 1; n <= s.lines() && len(seen) > 0; n++ {
		line := s.text(n)
		if !strings.Contains(line, Marker) {
			continue
		}
		for i := strings.IndexByte(line, '#'); i >= 0; {
			text := strings.TrimSpace(line[i:])
			if seen[text] > 0 {
				seen[text]--
				start := s.starts[n-1] + i
				cs = append(cs, span{start, start + len(strings.TrimRight(line[i:], " \t"))})
				break
			}
			j := strings.IndexByte(line[i+1:], '#')
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return cs
}

// walkComments calls f with every comment of the node tree.
func walkComments(n *yaml.Node, f func(string)) {
	for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
		if c != "" {
			f(c)
		}
	}
	for _, k := range n.Content {
		walkComments(k, f)
	}
}
