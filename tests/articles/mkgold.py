# mkgold.py EXPECTED OUTDIR: the expected graphs in EXPECTED -> one NAME.gold.json per article (graph-scoring format: entities with type, aliases, optional; typed relations)
import json,re,sys
def slug(s): return re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
G={}
def doc(name, ents, rels):
    E=[];ids={}
    for line in ents.strip().splitlines():
        opt=line.startswith('?'); line=line.lstrip('?')
        t,rest=line.split(' ',1); names=[x.strip() for x in rest.split('|')]
        ids[names[0]]=slug(names[0])
        for n in names: ids[n]=slug(names[0])
        E.append({"id":slug(names[0]),"name":names[0],"type":t,"aliases":names[1:],"optional":opt})
    R=[]
    for line in rels.strip().splitlines():
        m=re.match(r'(\S+)\s+(.+?)\s+->\s+(.+)$',line.strip())
        R.append({"source":ids[m.group(2)],"target":ids[m.group(3)],"type":m.group(1)})
    G[name]={"doc":name+".txt","entities":E,"relations":R}
exec(open(sys.argv[1]).read())
for k,v in G.items(): json.dump(v,open('%s/%s.gold.json'%(sys.argv[2],k),'w'),indent=1,ensure_ascii=False)
