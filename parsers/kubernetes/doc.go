// Package kubernetes reads Kubernetes manifests, YAML or JSON, into graph
// nodes: one node per object, with the object as plain data, the source
// range of every value, the values that are placeholders, and facts the
// rules share (where a workload's pod template is, which ServiceAccount its
// pods use, which keys a Secret holds).
//
// Start with Parse in parse.go. Parsing is done by yaml.v3 through kyaml
// (sigs.k8s.io/kustomize/kyaml/yaml), whose node tree keeps the line and
// column where each value starts. The rest is written by hand because
// yaml.v3 does not provide it:
//
//   - split.go cuts a stream into documents at "---" and "..." before
//     parsing, because yaml.v3's decoder stops at a stream's first error
//     and every other document must still be read;
//   - internal/yamltext turns lines and columns into byte offsets and
//     back, with CRLF, a byte order mark and multi-byte characters;
//   - ranges.go and scan.go find where each value ends (yaml.v3 records
//     only starts): quoted and plain scalars, block scalars, collections;
//   - convert.go and merge.go turn nodes into plain data, expanding aliases
//     and merge keys within the budgets of limits.go, so that alias bombs
//     and deep nesting end in a diagnostic, not in exhausted memory;
//   - syntax.go places yaml.v3's errors on the line where parsing stopped,
//     since its messages name at most a line, often the wrong one;
//   - slash.go lets JSON strings escape a slash (\/), which yaml.v3 rejects;
//   - objects.go, scope.go, workload.go and secret.go make nodes of the data.
//
// Secret values never stay in Attrs: they are replaced by "(redacted)" and
// kept, decoded, in Node.Sensitive.
package kubernetes
