package funcs

import (
	"path/filepath"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// absPathFunc cleans an absolute path; a relative one is resolved by
// Terraform against its working directory, which a scan cannot know, so
// the result is unknown.
func absPathFunc() function.Function {
	return stringFunc("Returns the absolute form of a path.", "path",
		func(p string) (cty.Value, error) {
			if !filepath.IsAbs(p) {
				return cty.UnknownVal(cty.String).RefineNotNull(), nil
			}
			return cty.StringVal(filepath.ToSlash(filepath.Clean(p))), nil
		})
}

// dirnameFunc and basenameFunc are plain string operations on a path.
func dirnameFunc() function.Function {
	return stringFunc("Returns a path without its last element.", "path",
		func(p string) (cty.Value, error) { return cty.StringVal(filepath.Dir(p)), nil })
}

func basenameFunc() function.Function {
	return stringFunc("Returns the last element of a path.", "path",
		func(p string) (cty.Value, error) { return cty.StringVal(filepath.Base(p)), nil })
}

// pathExpandFunc leaves paths without a leading ~ alone; the home folder
// belongs to whoever runs Terraform, so expanding ~ gives an unknown.
func pathExpandFunc() function.Function {
	return stringFunc("Expands a leading ~ to the home folder.", "path",
		func(p string) (cty.Value, error) {
			if strings.HasPrefix(p, "~") {
				return cty.UnknownVal(cty.String).RefineNotNull(), nil
			}
			return cty.StringVal(p), nil
		})
}
