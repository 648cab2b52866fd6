package funcs

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"golang.org/x/text/encoding/ianaindex"
)

// base64DecodeFunc is written here because go-cty-funcs' version logs the
// decoded bytes when they are not UTF-8, and a library must not log.
func base64DecodeFunc() function.Function {
	return stringFunc("Decodes a Base64 string whose content is UTF-8 text.", "str",
		func(s string) (cty.Value, error) {
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(0, "failed to decode base64 data: %s", err)
			}
			if !utf8.Valid(b) {
				return cty.NilVal, function.NewArgErrorf(0, "the result of decoding the provided string is not valid UTF-8")
			}
			return cty.StringVal(string(b)), nil
		})
}

// base64GzipFunc compresses a string with gzip, flushed before it is
// closed as Terraform does, and encodes the result in Base64.
func base64GzipFunc() function.Function {
	return stringFunc("Compresses a string with gzip and encodes the result in Base64.", "str",
		func(s string) (cty.Value, error) {
			var buf bytes.Buffer
			w := gzip.NewWriter(&buf)
			if _, err := w.Write([]byte(s)); err != nil {
				return cty.NilVal, err
			}
			if err := w.Flush(); err != nil {
				return cty.NilVal, err
			}
			if err := w.Close(); err != nil {
				return cty.NilVal, err
			}
			return cty.StringVal(base64.StdEncoding.EncodeToString(buf.Bytes())), nil
		})
}

func sha256Sum(b []byte) []byte { s := sha256.Sum256(b); return s[:] }
func sha512Sum(b []byte) []byte { s := sha512.Sum512(b); return s[:] }

// hashBase64Func hashes a string's UTF-8 bytes and encodes the raw digest in
// Base64 (base64sha256, base64sha512).
func hashBase64Func(sum func([]byte) []byte) function.Function {
	return stringFunc("Hashes a string and encodes the digest in Base64.", "str",
		func(s string) (cty.Value, error) {
			return cty.StringVal(base64.StdEncoding.EncodeToString(sum([]byte(s)))), nil
		})
}

// stringFunc makes a function of one string that returns a string.
func stringFunc(desc, name string, impl func(string) (cty.Value, error)) function.Function {
	return function.New(&function.Spec{
		Description:  desc,
		Params:       []function.Parameter{{Name: name, Type: cty.String}},
		Type:         function.StaticReturnType(cty.String),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return impl(args[0].AsString())
		},
	})
}

// textEncodeBase64Func encodes a string in the named character encoding,
// then in Base64. An encoding IANA names but the text library does not
// implement gives an unknown string.
func textEncodeBase64Func() function.Function {
	return textBase64Func("Encodes a string in a character encoding, then in Base64.", "string",
		func(s, name string) (cty.Value, error) {
			enc, err := ianaindex.IANA.Encoding(name)
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(1, "%q is not a supported IANA encoding name or alias", name)
			}
			if enc == nil {
				return cty.UnknownVal(cty.String).RefineNotNull(), nil
			}
			b, err := enc.NewEncoder().Bytes([]byte(s))
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(0, "the given string contains characters that cannot be represented in %s", name)
			}
			return cty.StringVal(base64.StdEncoding.EncodeToString(b)), nil
		})
}

// textDecodeBase64Func decodes Base64, then the named character encoding.
func textDecodeBase64Func() function.Function {
	return textBase64Func("Decodes Base64, then a character encoding, into a string.", "source",
		func(s, name string) (cty.Value, error) {
			enc, err := ianaindex.IANA.Encoding(name)
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(1, "%q is not a supported IANA encoding name or alias", name)
			}
			if enc == nil {
				return cty.UnknownVal(cty.String).RefineNotNull(), nil
			}
			raw, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(0, "the given value is not valid Base64: %s", err)
			}
			b, err := enc.NewDecoder().Bytes(raw)
			if err != nil || !utf8.Valid(b) || bytes.ContainsRune(b, utf8.RuneError) {
				return cty.NilVal, function.NewArgErrorf(0, "the given value contains symbols that are not defined for %s", name)
			}
			return cty.StringVal(string(b)), nil
		})
}

func textBase64Func(desc, name string, impl func(s, encoding string) (cty.Value, error)) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params: []function.Parameter{
			{Name: name, Type: cty.String},
			{Name: "encoding_name", Type: cty.String},
		},
		Type:         function.StaticReturnType(cty.String),
		RefineResult: refineNotNull,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return impl(args[0].AsString(), args[1].AsString())
		},
	})
}
