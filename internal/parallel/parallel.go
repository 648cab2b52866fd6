// Package parallel runs independent jobs on every core: the parsers
// evaluate files and root modules with it.
package parallel

import (
	"runtime"
	"sync"
)

// Do calls fn(0) … fn(n-1) on as many goroutines as there are CPUs (at
// most n) and returns when every call has.
func Do(n int, fn func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
