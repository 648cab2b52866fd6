package funcs

import (
	"github.com/hashicorp/go-cty-funcs/cidr"
	"github.com/hashicorp/go-cty-funcs/collection"
	"github.com/hashicorp/go-cty-funcs/crypto"
	"github.com/hashicorp/go-cty-funcs/encoding"
	"github.com/hashicorp/go-cty-funcs/uuid"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// Options confines and places the functions that touch the file system.
type Options struct {
	// Root is the absolute scan root: no function reads a file outside it,
	// after symbolic links are resolved. An empty Root refuses every read.
	Root string
	// BaseDir is the absolute folder of the module being evaluated
	// (path.module); relative paths resolve against it.
	BaseDir string
	// MaxFileSize is the largest file a function reads; 0 means 16 MiB.
	MaxFileSize int64
}

// defaultMaxFileSize applies when Options.MaxFileSize is 0.
const defaultMaxFileSize = 16 << 20

// maxTemplateDepth bounds templatefile and templatestring calls made from
// inside a template.
const maxTemplateDepth = 8

// corePrefix is the namespace Terraform 1.8 and later accept in front of
// every built-in function name.
const corePrefix = "core::"

// Table returns every Terraform built-in function by name, each also under
// the "core::" prefix.
func Table(opts Options) map[string]function.Function {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = defaultMaxFileSize
	}
	return build(opts, 0, new(renderBudget))
}

// build makes the table for templates nested depth levels deep; budget is
// shared by every template rendered under one top-level call.
func build(opts Options, depth int, budget *renderBudget) map[string]function.Function {
	fs := newFileSystem(opts)
	t := make(map[string]function.Function, 2*128)
	add := func(m map[string]function.Function) {
		for name, f := range m {
			t[name] = f
		}
	}
	add(stdlibFuncs())
	add(libraryFuncs())
	add(ownFuncs())
	add(fs.funcs())
	add(templateFuncs(opts, fs, depth, budget))
	names := make([]string, 0, len(t))
	for name := range t {
		names = append(names, name)
	}
	for _, name := range names {
		t[corePrefix+name] = t[name]
	}
	return t
}

// stdlibFuncs are go-cty's implementations, which Terraform itself uses;
// those that can multiply their input are guarded by the limits.
func stdlibFuncs() map[string]function.Function {
	return map[string]function.Function{
		"abs":             stdlib.AbsoluteFunc,
		"ceil":            stdlib.CeilFunc,
		"floor":           stdlib.FloorFunc,
		"max":             stdlib.MaxFunc,
		"min":             stdlib.MinFunc,
		"parseint":        stdlib.ParseIntFunc,
		"signum":          stdlib.SignumFunc,
		"chomp":           stdlib.ChompFunc,
		"lower":           stdlib.LowerFunc,
		"upper":           stdlib.UpperFunc,
		"title":           guard(stdlib.TitleFunc, nil),
		"strrev":          stdlib.ReverseFunc,
		"substr":          stdlib.SubstrFunc,
		"trim":            stdlib.TrimFunc,
		"trimprefix":      stdlib.TrimPrefixFunc,
		"trimsuffix":      stdlib.TrimSuffixFunc,
		"trimspace":       stdlib.TrimSpaceFunc,
		"split":           guard(stdlib.SplitFunc, nil),
		"join":            guard(stdlib.JoinFunc, checkJoin),
		"indent":          guard(stdlib.IndentFunc, checkIndent),
		"format":          guard(stdlib.FormatFunc, checkFormat),
		"formatlist":      guard(stdlib.FormatListFunc, checkFormatList),
		"regex":           stdlib.RegexFunc,
		"regexall":        guard(stdlib.RegexAllFunc, nil),
		"coalescelist":    guard(stdlib.CoalesceListFunc, checkArgs),
		"compact":         stdlib.CompactFunc,
		"concat":          guard(stdlib.ConcatFunc, checkArgs),
		"contains":        stdlib.ContainsFunc,
		"distinct":        stdlib.DistinctFunc,
		"element":         stdlib.ElementFunc,
		"chunklist":       guard(stdlib.ChunklistFunc, checkArgs),
		"flatten":         guard(stdlib.FlattenFunc, checkArgs),
		"keys":            stdlib.KeysFunc,
		"values":          stdlib.ValuesFunc,
		"merge":           guard(stdlib.MergeFunc, checkArgs),
		"range":           guard(stdlib.RangeFunc, nil),
		"reverse":         stdlib.ReverseListFunc,
		"setintersection": stdlib.SetIntersectionFunc,
		"setproduct":      guard(stdlib.SetProductFunc, checkProduct),
		"setsubtract":     stdlib.SetSubtractFunc,
		"setunion":        guard(stdlib.SetUnionFunc, checkArgs),
		"slice":           stdlib.SliceFunc,
		"sort":            stdlib.SortFunc,
		"zipmap":          guard(stdlib.ZipmapFunc, nil),
		"csvdecode":       guard(stdlib.CSVDecodeFunc, nil),
		"jsonencode":      guard(stdlib.JSONEncodeFunc, checkArgs),
		"jsondecode":      guard(stdlib.JSONDecodeFunc, checkJSONDepth),
		"formatdate":      stdlib.FormatDateFunc,
		"timeadd":         stdlib.TimeAddFunc,
		"tostring":        guard(stdlib.MakeToFunc(cty.String), checkArgs),
		"tonumber":        stdlib.MakeToFunc(cty.Number),
		"tobool":          stdlib.MakeToFunc(cty.Bool),
		"tolist":          guard(stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)), checkArgs),
		"toset":           guard(stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)), checkArgs),
		"tomap":           guard(stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)), checkArgs),
	}
}

// libraryFuncs come from hashicorp/go-cty-funcs and HCL's extensions.
func libraryFuncs() map[string]function.Function {
	return map[string]function.Function{
		"cidrhost":     cidr.HostFunc,
		"cidrnetmask":  cidr.NetmaskFunc,
		"cidrsubnet":   guard(cidr.SubnetFunc, checkSubnet),
		"cidrsubnets":  cidr.SubnetsFunc,
		"coalesce":     guard(collection.CoalesceFunc, checkArgs),
		"md5":          crypto.Md5Func,
		"sha1":         crypto.Sha1Func,
		"sha256":       crypto.Sha256Func,
		"sha512":       crypto.Sha512Func,
		"base64encode": guard(encoding.Base64EncodeFunc, nil),
		"urlencode":    guard(encoding.URLEncodeFunc, nil),
		"uuidv5":       uuid.V5Func,
		"try":          tryfunc.TryFunc,
		"can":          tryfunc.CanFunc,
	}
}

// ownFuncs are written here: Terraform's own additions to the cty standard
// library, and the impure functions, which only ever return unknowns.
func ownFuncs() map[string]function.Function {
	return map[string]function.Function{
		"log":              logFunc(),
		"pow":              powFunc(),
		"length":           lengthFunc(),
		"lookup":           lookupFunc(),
		"index":            indexFunc(),
		"one":              oneFunc(),
		"sum":              sumFunc(),
		"alltrue":          allTrueFunc(),
		"anytrue":          anyTrueFunc(),
		"matchkeys":        matchkeysFunc(),
		"transpose":        transposeFunc(),
		"list":             removedFunc("list", "tolist([...])"),
		"map":              removedFunc("map", "tomap({...})"),
		"startswith":       startsWithFunc(),
		"endswith":         endsWithFunc(),
		"strcontains":      strContainsFunc(),
		"replace":          replaceFunc(),
		"base64decode":     base64DecodeFunc(),
		"base64gzip":       guard(base64GzipFunc(), nil),
		"base64sha256":     hashBase64Func(sha256Sum),
		"base64sha512":     hashBase64Func(sha512Sum),
		"textencodebase64": guard(textEncodeBase64Func(), nil),
		"textdecodebase64": textDecodeBase64Func(),
		"yamlencode":       guard(yamlEncodeFunc(), checkArgs),
		"yamldecode":       guard(yamlDecodeFunc(), nil),
		"timecmp":          timeCmpFunc(),
		"convert":          convertFunc(),
		"abspath":          absPathFunc(),
		"dirname":          dirnameFunc(),
		"basename":         basenameFunc(),
		"pathexpand":       pathExpandFunc(),
		"sensitive":        identityFunc(),
		"nonsensitive":     identityFunc(),
		"issensitive":      isSensitiveFunc(),
		"ephemeralasnull":  unknownOfArgFunc(),
		"type":             typeFunc(),
		"timestamp":        unknownFunc(cty.String),
		"plantimestamp":    unknownFunc(cty.String),
		"uuid":             unknownFunc(cty.String),
		"bcrypt":           bcryptFunc(),
		"rsadecrypt":       rsaDecryptFunc(),
	}
}
