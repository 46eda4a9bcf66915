#!/usr/bin/env python3
"""Master data for the survey dispatch benchmark: N customers with a running contract and
1.5 N survey recipients (every second customer has two), as the import's CSV files."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
out = sys.argv[2] if len(sys.argv) > 2 else "."
with open(f"{out}/customers.csv", "w", encoding="utf-8") as f:
    f.write("code,name_zh,name_en,industry,address,status\n")
    for i in range(n):
        f.write(f"B{i:06d},基准客户{i},Benchmark customer {i},Industry {i % 12},地址 {i},ACTIVE\n")
with open(f"{out}/contracts.csv", "w", encoding="utf-8") as f:
    f.write("number,customer_code,start_date,end_date\n")
    for i in range(n):
        f.write(f"BK-{i:06d},B{i:06d},2020-01-01,\n")
with open(f"{out}/contacts.csv", "w", encoding="utf-8") as f:
    f.write("customer_code,name,position,email,phone,fax,postal_address,language,survey_channel,survey_recipient\n")
    for i in range(n):
        lang = "en" if i % 3 == 0 else "zh_CN"
        f.write(f"B{i:06d},Recipient A{i},Buyer,a{i}@bench.example,,,,{lang},EMAIL,true\n")
        if i % 2 == 0:
            f.write(f"B{i:06d},Recipient B{i},Quality,b{i}@bench.example,,,,{lang},EMAIL,true\n")
