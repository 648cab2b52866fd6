package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/moatscan/moat/schema"
)

// since is the first apiVersion date the data holds every version from
// (its README: every file with a catalog type at an apiVersion >=
// 2022-01-01, plus a few older extras).
const since = "2022-01-01"

// node is one element of a types.json array; only the fields the index
// uses are decoded.
type node struct {
	Type                 string              `json:"$type"`
	Name                 string              `json:"name"`
	Body                 *ref                `json:"body"`
	Properties           map[string]property `json:"properties"`
	AdditionalProperties *ref                `json:"additionalProperties"`
	ItemType             *ref                `json:"itemType"`
	Elements             json.RawMessage     `json:"elements"` // a list (UnionType) or a map (DiscriminatedObjectType)
	Value                string              `json:"value"`
	Discriminator        string              `json:"discriminator"`
	BaseProperties       map[string]property `json:"baseProperties"`
	Kind                 int                 `json:"kind"` // BuiltInType
}

type property struct {
	Type  ref `json:"type"`
	Flags int `json:"flags"`
}

type ref struct {
	Ref string `json:"$ref"`
}

// readOnly is the ReadOnly bit of a property's flags.
const readOnly = 2

// builder turns type nodes into shared shapes.
type builder struct {
	dir    string
	files  map[string][]node
	memo   map[string]int32 // file#index → shape; -2 while being built
	shapes []schema.Shape
	keys   map[string]int32 // encoded shape → its ID
}

const building int32 = -2

func build(data string, want []string) (*schema.Index, error) {
	dir := filepath.Join(data, "generated")
	raw, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		return nil, fmt.Errorf("read the data index: %w", err)
	}
	var idx struct {
		Resources map[string]ref `json:"resources"`
	}
	if err := json.Unmarshal(raw, &idx); err != nil {
		return nil, fmt.Errorf("decode the data index: %w", err)
	}
	b := &builder{dir: dir, files: map[string][]node{}, memo: map[string]int32{}, keys: map[string]int32{}}
	b.add(schema.Shape{Kind: schema.Any}) // shape 0: what a recursion becomes
	x := &schema.Index{Source: source(data), Since: since}
	keys := make([]string, 0, len(idx.Resources))
	for k := range idx.Resources {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, name := range want {
		t := &schema.Type{Name: name}
		for _, k := range keys {
			typ, api, _ := strings.Cut(k, "@")
			if !strings.EqualFold(typ, name) {
				continue
			}
			root, err := b.resource(idx.Resources[k].Ref)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", k, err)
			}
			t.Versions = append(t.Versions, schema.Version{API: api, Root: root})
		}
		if len(t.Versions) == 0 {
			return nil, fmt.Errorf("the data has no apiVersion of %s", name)
		}
		x.Types = append(x.Types, t)
	}
	x.Shapes = b.shapes
	return x, nil
}

// commit matches the upstream commit the data README names.
var commit = regexp.MustCompile("bicep-types-az, commit\\s+`([0-9a-f]{40})`")

// source names the data's origin, from its README.
func source(data string) string {
	raw, _ := os.ReadFile(filepath.Join(data, "README.md"))
	if m := commit.FindSubmatch(raw); m != nil {
		return "Azure/bicep-types-az@" + string(m[1])
	}
	return "Azure/bicep-types-az"
}

// resource returns the body shape of the ResourceType a data index
// reference points at.
func (b *builder) resource(r string) (int32, error) {
	path, pos, ok := strings.Cut(r, "#/")
	if !ok {
		return 0, fmt.Errorf("reference %q has no #/", r)
	}
	nodes, err := b.file(path)
	if err != nil {
		return 0, err
	}
	i, err := strconv.Atoi(pos)
	if err != nil || i < 0 || i >= len(nodes) || nodes[i].Type != "ResourceType" || nodes[i].Body == nil {
		return 0, fmt.Errorf("reference %q is not a resource type", r)
	}
	return b.shape(path, nodes[i].Body.Ref)
}

func (b *builder) file(path string) ([]node, error) {
	if nodes, ok := b.files[path]; ok {
		return nodes, nil
	}
	raw, err := os.ReadFile(filepath.Join(b.dir, filepath.FromSlash(path)))
	if err != nil {
		return nil, err
	}
	var nodes []node
	if err := json.Unmarshal(raw, &nodes); err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	b.files[path] = nodes
	return nodes, nil
}
