// The commented config file `yishiting init` writes. Kept valid: a test loads it.
export const CONFIG_TEMPLATE = `# 议事亭（yishiting）配置文件
# 修改后无需重启：机器人会自动重新读取；如果改错了，会继续使用上一份正确的配置，
# 并在日志和工作群里说明哪一行出了什么问题。

# 时区：安静时段、每日汇总时间都按这个时区理解。
timezone: Asia/Shanghai

# 数据库文件（SQLite）。备份用：yishiting backup <文件>
database: data/yishiting.db

# 规则目录（类别、关键词、时限、回复话术），社区可以自行修改。
rulesDir: rules

bot:
  # 机器人微信号在群里的名字（用于识别 @机器人）。
  name: 社区小助手
  # 微信接入方式，默认网页版协议。也可以用环境变量 WECHATY_PUPPET 指定。
  puppet: wechaty-puppet-wechat4u
  # 登录会话名：会话文件保存在 data/<会话名>.memory-card.json（权限 600，勿外传）。
  session: yishiting

sending:
  # 两条消息之间至少间隔多少毫秒（发太快会被微信限制，建议不低于 1500）。
  minIntervalMs: 1500
  # 安静时段：期间非紧急的群消息暂存，到点再发；紧急告警不受影响。
  # 不需要安静时段时写：quietHours: null
  quietHours:
    start: "22:00"
    end: "07:00"
  # 发送失败时最多重试几次（间隔逐次加倍）。
  maxAttempts: 8

tickets:
  # 同一类别、同一楼栋的新反映，在这么多小时内并入已有工单。
  mergeWindowHours: 72
  # 居民反映后多少分钟内发来的照片，附到他的工单上。
  imageAttachMinutes: 10

schedule:
  # 每日汇总发到工作群的时间。
  digestTime: "18:00"
  # 每周热点报告：星期几（1=周一）和时间。
  weeklyReport:
    weekday: 1
    time: "09:00"
  # 每月小结（可发到居民群），默认关闭。
  monthlySummary: false
  # 超时督办的重复间隔（小时）。
  escalationRepeatHours: 24
  # 办结时限前多少小时私聊提醒处理人。
  dueSoonHours: 4
  followUp:
    # 办结后多少小时没评价就提醒一次。
    remindAfterHours: 24
    # 办结后多少小时没评价就自动关闭。
    closeAfterHours: 72
  # 多少小时没有收到任何消息时提醒工作群（可能掉线了）。
  silenceAlertHours: 6

# 工作台网页（yishiting web）。写了 port，yishiting start 会同时开启工作台（一个进程）。
# 默认只在本机（127.0.0.1）监听；要在手机上打开，请在前面放一个 https 反向代理，并把 baseUrl
# 写成大家打开的网址（私聊机器人发 #登录 得到的链接以它开头）。
web:
  # port: 8080
  host: 127.0.0.1
  # baseUrl: https://ting.example.org
  # 登录后多少小时需要重新登录。
  sessionHours: 12

communities:
  - name: 金阳社区
    groups:
      # role: residents 居民群（读取诉求）；staff 工作群（督办、汇总、紧急告警发到这里）。
      # topic 必须和微信群名完全一致。watched: false 表示暂不处理这个群。
      - topic: 金阳花园业主群
        role: residents
        xiaoqu: 金阳花园
      - topic: 金阳社区工作群
        role: staff
    # 工作人员名单：remark 是机器人微信号给此人设置的“备注”（在手机上手动设置），
    # 这是识别身份的唯一依据，不看群昵称。也可以用 yishiting staff bind 生成绑定码。
    staff:
      - remark: 李网格员
        name: 李网格员
        role: worker        # worker 网格员/维修人员；admin 社区管理员（全部权限）；
                            # district 街道管理员（在本社区是管理员，网页和台账可看所有社区）
        covers: [金阳花园]   # 负责的小区、楼栋或片区；"*" 表示全部
      - remark: 赵师傅
        name: 赵师傅
        role: worker
        covers: ["*"]
      - remark: 王主任
        name: 王主任
        role: admin
        covers: ["*"]
    # 紧急情况回复里引用的电话。
    emergency:
      gas: 燃气抢修电话 96777
      fire: "119"
      police: "110"
      medical: "120"
      property: 物业值班电话见群公告
`;
