package schema

// Fact renders a result as the "schema" fact the AZR-SCH rules read:
//
//	{"type", "api_version", "status", "latest_ga", "latest_preview",
//	 "problems": [{"kind", "attr", "path", "name", "suggestion", "value",
//	               "values", "open", "versions", "ga", "preview", "last"}]}
//
// ga and preview are the earliest GA and preview apiVersions among
// versions; last is the latest of them when it predates the declared
// version (the property or value was dropped).
func (r *Result) Fact() map[string]any {
	ga, preview := latest(r.Type.Versions)
	problems := make([]any, 0, len(r.Problems))
	for _, p := range r.Problems {
		problems = append(problems, r.problem(p))
	}
	return map[string]any{"type": r.Type.Name, "api_version": r.API, "status": string(r.Status),
		"latest_ga": ga, "latest_preview": preview, "problems": problems}
}

func (r *Result) problem(p Problem) map[string]any {
	attr := make([]any, len(p.Attr))
	for i, s := range p.Attr {
		attr[i] = s
	}
	m := map[string]any{"kind": string(p.Kind), "attr": attr, "path": p.Path, "name": p.Name,
		"suggestion": p.Suggestion, "value": p.Value, "values": anys(p.Values), "open": p.Open,
		"versions": anys(p.Versions), "ga": "", "preview": "", "last": ""}
	for _, v := range p.Versions {
		key := "ga"
		if len(v) > 10 {
			key = "preview"
		}
		if m[key] == "" {
			m[key] = v
		}
	}
	if n := len(p.Versions); n > 0 && compareFold(p.Versions[n-1], r.API) < 0 {
		m["last"] = p.Versions[n-1]
	}
	return m
}

// latest returns the newest GA and preview apiVersions of a sorted list.
func latest(vs []Version) (ga, preview string) {
	for _, v := range vs {
		if v.Preview() {
			preview = v.API
		} else {
			ga = v.API
		}
	}
	return ga, preview
}

func anys(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
