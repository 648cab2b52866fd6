package funcs

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// funcs returns the functions that read files, all confined to the root.
func (fsys *fileSystem) funcs() map[string]function.Function {
	hexOf := func(sum func([]byte) []byte) func([]byte) string {
		return func(b []byte) string { return hex.EncodeToString(sum(b)) }
	}
	base64Of := func(sum func([]byte) []byte) func([]byte) string {
		return func(b []byte) string { return base64.StdEncoding.EncodeToString(sum(b)) }
	}
	return map[string]function.Function{
		"file":             fsys.fileFunc(),
		"fileexists":       fsys.fileExistsFunc(),
		"fileset":          fsys.fileSetFunc(),
		"filebase64":       fsys.readFunc("Returns a file's content encoded in Base64.", base64.StdEncoding.EncodeToString),
		"filemd5":          fsys.readFunc("Returns the MD5 digest of a file, in hexadecimal.", hexOf(md5Sum)),
		"filesha1":         fsys.readFunc("Returns the SHA-1 digest of a file, in hexadecimal.", hexOf(sha1Sum)),
		"filesha256":       fsys.readFunc("Returns the SHA-256 digest of a file, in hexadecimal.", hexOf(sha256Sum)),
		"filesha512":       fsys.readFunc("Returns the SHA-512 digest of a file, in hexadecimal.", hexOf(sha512Sum)),
		"filebase64sha256": fsys.readFunc("Returns the SHA-256 digest of a file, in Base64.", base64Of(sha256Sum)),
		"filebase64sha512": fsys.readFunc("Returns the SHA-512 digest of a file, in Base64.", base64Of(sha512Sum)),
	}
}

func md5Sum(b []byte) []byte  { s := md5.Sum(b); return s[:] }
func sha1Sum(b []byte) []byte { s := sha1.Sum(b); return s[:] }

// fileFunc returns a file's content, which must be UTF-8 text.
func (fsys *fileSystem) fileFunc() function.Function {
	return stringFunc("Returns the content of a UTF-8 text file.", "path",
		func(p string) (cty.Value, error) {
			b, _, err := fsys.read(p)
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			if !utf8.Valid(b) {
				return cty.NilVal, function.NewArgErrorf(0, "contents of %q are not valid UTF-8; use filebase64 or a file hash function instead", p)
			}
			return cty.StringVal(string(b)), nil
		})
}

// readFunc makes a function of a file's bytes that returns a string.
func (fsys *fileSystem) readFunc(desc string, of func([]byte) string) function.Function {
	return stringFunc(desc, "path", func(p string) (cty.Value, error) {
		b, _, err := fsys.read(p)
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		return cty.StringVal(of(b)), nil
	})
}

// fileExistsFunc is true for a regular file, false for nothing at all, and
// an error for a folder or a path outside the root.
func (fsys *fileSystem) fileExistsFunc() function.Function {
	return function.New(&function.Spec{
		Description:  "Returns whether a file exists at the given path.",
		Params:       []function.Parameter{{Name: "path", Type: cty.String}},
		Type:         function.StaticReturnType(cty.Bool),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			ok, err := fsys.exists(args[0].AsString())
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			return cty.BoolVal(ok), nil
		},
	})
}

// fileSetFunc lists the regular files under a folder whose paths match a
// glob, relative to the folder, sorted (a set of strings iterates sorted).
func (fsys *fileSystem) fileSetFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Returns the files under a folder that match a glob pattern.",
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "pattern", Type: cty.String},
		},
		Type:         function.StaticReturnType(cty.Set(cty.String)),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			names, err := fsys.glob(args[0].AsString(), args[1].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			if len(names) == 0 {
				return cty.SetValEmpty(cty.String), nil
			}
			vals := make([]cty.Value, len(names))
			for i, n := range names {
				vals[i] = cty.StringVal(n)
			}
			return cty.SetVal(vals), nil
		},
	})
}

// errTooManyFiles stops a walk past the element limit.
var errTooManyFiles = fmt.Errorf("more than %d files to consider", maxElements)
