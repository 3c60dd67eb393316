// The plugin's build goal wrote a whole site beside content/, and its check goal ran clean.
def site = new File(basedir, 'site')
assert new File(site, 'index.html').isFile() : 'site/index.html missing'
def notice = new File(site, 'notices/2026/tzgg-2026-01/index.html')
assert notice.isFile() : 'the notice page is missing'
def html = notice.getText('UTF-8')
assert html.contains('安乐镇关于2026—2027年度森林防火期野外用火管控的通告')
assert html.contains('../../../pages/guide/index.html') : 'the .md link was not rewritten to the guide page'
assert new File(site, 'robots.txt').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('构建完成：2 个文件')
assert log.contains('检查完成：0 个错误')
assert !log.contains('[ERROR]')
return true
